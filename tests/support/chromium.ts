/**
 * How this project starts Chromium, for the e2e tests, the demo and the benchmark alike:
 * Debian's Chromium by default (branded Chrome ignores --load-extension), and the flags that
 * keep it quiet on a machine with no network.
 */

/** `/usr/bin/chromium`, or `CHROMIUM_PATH` (a Chromium or Chrome for Testing binary). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for every launch. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Flags for a launch with the extension at `dir` loaded, with a DevTools port for CDP. */
export function extensionArgs(dir: string): string[] {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    ...CHROMIUM_ARGS,
    '--remote-debugging-port=0',
  ];
}
