import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // No per-test time limit: under load any limit is reached sooner or later (timing belongs to npm run bench).
    testTimeout: 0,
    hookTimeout: 0,
    pool: 'threads',
    // Test files share their worker's modules (loading the Python frontend once per worker, not per file).
    isolate: false,
  },
});
