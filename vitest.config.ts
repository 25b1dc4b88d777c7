import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { STATE_WAIT } from './tests/helpers/wait.ts';

// Unit tests (in Node, or with a happy-dom DOM; a few in a module graph of their own), the
// extension's code against WXT's fake browser, and end-to-end tests that drive the real
// builds in headless Chromium. tests/e2e/global-setup.ts builds the widget and the extension once.
const ISOLATED_UNIT_TESTS = ['tests/unit/interop/record-guard.test.ts', 'tests/unit/zod-jitless.test.ts', 'tests/unit/state-shares-strings.test.ts'];

/**
 * The unit files that ask for a DOM (`@vitest-environment happy-dom` at their top). They run
 * as a project of their own: mixed with the node files in one worker, every switch between
 * the two environments started the shared module graph afresh, which took 40% of the unit
 * tests' CPU time (46 → 28 CPU-s, measured 7 December 2026).
 */
const DOM_UNIT_TESTS = (readdirSync('tests/unit', { recursive: true, encoding: 'utf8' }))
  .map((file) => `tests/unit/${file}`)
  .filter((file) => /\.test\.tsx?$/.test(file) && readFileSync(file, 'utf8').includes('@vitest-environment happy-dom'));

export default defineConfig({
  plugins: [preact({ prerender: { enabled: false } })],
  test: {
    // Two files at a time, of any project, even on a 2-core machine (Vitest's default is
    // cores - 1, which runs everything one by one there): the end-to-end files spend most
    // of their time waiting for Chromium, and every test waits for states, never for time.
    maxWorkers: 2,
    // expect.poll waits for a state; its default ceiling of 1 s is a timing assumption that
    // a loaded machine breaks (a copy button's status took longer once, with a core busy).
    expect: { poll: STATE_WAIT },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...ISOLATED_UNIT_TESTS, ...DOM_UNIT_TESTS],
          environment: 'node',
          // One module graph per worker instead of one per file: importing the feed code
          // and zod again for each of ~100 files was half of this project's time. Every
          // file restores what it changes (stubbed globals, timers) after each test.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-dom',
          include: DOM_UNIT_TESTS,
          environment: 'happy-dom',
          isolate: false,
        },
      },
      {
        // Files that replace modules (vi.mock) need a module graph of their own.
        extends: true,
        test: {
          name: 'unit-isolated',
          include: ISOLATED_UNIT_TESTS,
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
          // One module graph per worker, as in the unit tests: importing playwright-core and
          // the helpers again for every file left a worker idle for seconds between files.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
