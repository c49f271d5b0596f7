import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests run thousands of cases; a busy CI machine must not turn that into a failure.
    // No test asserts a duration.
    testTimeout: 60_000,
  },
});
