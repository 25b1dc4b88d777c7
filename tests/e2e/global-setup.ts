/**
 * Builds the widget and the extension once per test run, so the end-to-end tests
 * always drive what a user gets. `npm run zip` builds the extension for Chrome and
 * Firefox and packs the store zips in one go (checked by extension-zip.test.ts), so
 * nothing is built twice. KWK_SKIP_BUILD=1 reuses the last build while working on a test.
 */
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.KWK_SKIP_BUILD === '1') return;
  // Vitest sets NODE_ENV=test, which Vite would take for a development build: build what users get.
  execSync('npm run build:widget && npm run zip', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
