/**
 * Copies of the Chrome build whose manifest lists some optional host permissions as granted at
 * install, standing in for the user's "Allow" in the permission prompt, which headless
 * Chromium cannot answer (neither Playwright's dialogs nor any command-line switch reach that
 * native prompt). Everything else (code, other permissions) is the real build.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extensionPath } from './extension';

/** Makes (synchronously, at spec load) a variant under tmp/ granting `origins`; returns its folder. */
export function grantedBuild(name: string, origins: string[], dropOptional = false): string {
  const dir = path.resolve('tmp', `e2e-${name}`);
  if (!readFileSafe(path.join(extensionPath, 'manifest.json'))) return extensionPath;
  rmSync(dir, { recursive: true, force: true });
  cpSync(extensionPath, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, ...origins];
  if (dropOptional) delete manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** The build with `<all_urls>` granted (auto-scan on every site). */
export function allSitesGrantedBuild(): string {
  return grantedBuild('all-sites', ['<all_urls>'], true);
}

function readFileSafe(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
