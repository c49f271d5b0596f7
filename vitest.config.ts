import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The islands are written against React's API and ship on Preact's compatibility layer
  // (astro.config.mjs); the tests run them on what ships.
  resolve: {
    alias: [
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
      { find: /^react(-dom)?(\/.*)?$/, replacement: 'preact/compat$2' },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; a busy CI machine must not turn that into a failure.
    // No test asserts a duration.
    testTimeout: 60_000,
  },
});
