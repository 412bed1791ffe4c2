import { defineConfig } from 'vitest/config';

// Unit and integration tests run under Node against real encrypted databases in temp folders
// (ARCHITECTURE.md section 8). Forks, because the native SQLite module is safest one per process.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
