import { defineConfig } from '@playwright/test';

/** End-to-end tests drive the built extension (.output/chrome-mv3) in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'tmp/test-results',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
});
