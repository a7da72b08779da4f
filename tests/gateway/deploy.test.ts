/**
 * The same code deploys with wrangler: `wrangler deploy --dry-run` reads wrangler.jsonc,
 * bundles lib/gateway/worker and lists the bindings, without an account or the network.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('wrangler deploy --dry-run bundles the Worker with its D1 and Durable Object bindings', async () => {
  mkdirSync(path.join(process.cwd(), 'tmp'), { recursive: true });
  // wrangler keeps scratch files in .wrangler/; left alone when it was there already.
  const scratch = path.join(process.cwd(), '.wrangler');
  const hadScratch = existsSync(scratch);
  const outdir = mkdtempSync(path.join(process.cwd(), 'tmp', 'wrangler-dry-'));
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['node_modules/wrangler/bin/wrangler.js', 'deploy', '--dry-run', '--outdir', outdir],
      { env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true' }, timeout: 60_000 },
    );
    expect(stdout).toMatch(/env\.TEAM \(TeamLedger\)\s+Durable Object/);
    expect(stdout).toMatch(/env\.DB \(prospect-lens-gateway\)\s+D1 Database/);
    expect(stdout).toContain('--dry-run: exiting now.');
    expect(existsSync(path.join(outdir, 'index.js'))).toBe(true);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
    if (!hadScratch) rmSync(scratch, { recursive: true, force: true });
  }
});
