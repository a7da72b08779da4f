/**
 * A copy of the Chrome build whose manifest lists `<all_urls>` as granted at install, standing
 * in for the user's "Allow" in the permission prompt, which headless Chromium cannot answer
 * (neither Playwright's dialogs nor any command-line switch reach that native prompt).
 * Everything else (code, other permissions) is the real build.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extensionPath } from './extension';

/** Makes (synchronously, at spec load) the variant under tmp/ and returns its folder. */
export function allSitesGrantedBuild(): string {
  const dir = path.resolve('tmp', 'e2e-all-sites');
  if (!readFileSafe(path.join(extensionPath, 'manifest.json'))) return extensionPath;
  rmSync(dir, { recursive: true, force: true });
  cpSync(extensionPath, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...manifest.host_permissions, '<all_urls>'];
  delete manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

function readFileSafe(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
