/**
 * Locates `../shared/testdata` (beside the project root; never copied into the repo). In CI it
 * must exist; in a developer checkout without it the suites that need it skip, saying why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const testdataDir = path.resolve(
  process.env.SHARED_TESTDATA_DIR ?? path.join(import.meta.dirname, '../../../../shared/testdata'),
);

/** True when `relative` exists under the testdata folder; throws in CI when it does not. */
export function testdataAvailable(relative: string): boolean {
  const file = path.join(testdataDir, relative);
  if (existsSync(file)) return true;
  if (process.env.CI)
    throw new Error(`Shared test data missing at ${file}; CI always has ../shared.`);
  console.warn(
    `Skipping tests that read ${file}: it is absent (no ../shared beside this checkout).`,
  );
  return false;
}

/** The text of one testdata file. */
export function readTestdata(relative: string): string {
  return readFileSync(path.join(testdataDir, relative), 'utf8');
}
