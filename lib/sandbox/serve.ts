/**
 * `npm run sandbox -- --port 4010 [--host 127.0.0.1] [--seed 42] [--manual-clock]`: serves the
 * Lusha sandbox over HTTP until SIGINT/SIGTERM, and prints its URL and keys.
 */
import { parseArgs } from 'node:util';
import { SANDBOX_KEYS } from './accounts';
import { startSandboxServer } from './node';
import { createSandbox } from './sandbox';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    seed: { type: 'string', default: '42' },
    'manual-clock': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
const seed = Number(values.seed);
if (!Number.isInteger(port) || port < 0 || port > 65535 || !Number.isInteger(seed)) {
  console.error(
    'Usage: npm run sandbox -- [--port 4010] [--host 127.0.0.1] [--seed 42] [--manual-clock]',
  );
  process.exit(2);
}

const sandbox = createSandbox({ seed, clock: values['manual-clock'] ? 'manual' : undefined });
const server = await startSandboxServer({ port, host: values.host, sandbox });
console.info(`Lusha sandbox listening on ${server.url}`);
console.info('Keys (header api_key):');
for (const [name, key] of Object.entries(SANDBOX_KEYS)) console.info(`  ${key.padEnd(20)} ${name}`);
console.info(
  'Control: POST /__sandbox/faults | /__sandbox/reset | /__sandbox/clock, GET /__sandbox/state?key= | /__sandbox/calls',
);

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  console.info(`\n${signal}: closing the sandbox`);
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
