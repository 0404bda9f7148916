// Unit tests: pure logic in Node, DOM code in jsdom (per file, with `// @vitest-environment jsdom`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
