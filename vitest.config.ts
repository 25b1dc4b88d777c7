import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Two projects: fast unit tests, and end-to-end tests that drive the real builds in
// headless Chromium. tests/e2e/global-setup.ts builds the widget and the extension once.
export default defineConfig({
  plugins: [preact({ prerender: { enabled: false } })],
  test: {
    // Two files at a time, of any project, even on a 2-core machine (Vitest's default is
    // cores - 1, which runs everything one by one there): the end-to-end files spend most
    // of their time waiting for Chromium, and every test waits for states, never for time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        // Extension code runs against WXT's fake browser (storage, alarms, runtime, ...).
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['tests/extension/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
