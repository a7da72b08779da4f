import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The gateway's tests: each file runs the real Worker in workerd (Miniflare) against the
 * sandbox over HTTP. Files run one at a time: each starts its own runtime, and the rate-limit
 * tests measure time on a 2-core machine.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/gateway/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
