/**
 * Builds the widget, the publishing site and the extension once per test run, so the end-to-end tests
 * always drive what a user gets. `npm run zip` builds the extension for Chrome and
 * Firefox and packs the store zips in one go (checked by extension-zip.test.ts), so
 * nothing is built twice. The widget (then the site, which copies it) and the extension
 * build side by side: they share no output folder. KWK_SKIP_BUILD=1 reuses the last build while working on a test.
 * The setup also builds the map test page (map/map-site.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMapPage } from './map/build-page';
import { MAP_PAGE_ENV } from './map/map-site';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    // Vitest sets NODE_ENV=test, which Vite would take for a development build: build what users get.
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  // The map test page, for both map test files (a fixture: built even with KWK_SKIP_BUILD).
  const mapPage = mkdtempSync(join(tmpdir(), 'kwk-map-page-'));
  process.env[MAP_PAGE_ENV] = mapPage;
  const teardown = async () => rmSync(mapPage, { recursive: true, force: true });
  const fixtures = buildMapPage(mapPage);
  if (process.env.KWK_SKIP_BUILD === '1') return fixtures.then(() => teardown, failWith(teardown));
  await Promise.all([
    fixtures,
    // The widget alone, without the size report of `npm run build:widget` (the size budget test reads the files);
    // then the site, which copies that widget build in instead of building its own.
    run('npx', ['vite', 'build', '--config', 'vite.widget.config.ts', '--logLevel', 'warn']).then(() =>
      run('npx', ['vite', 'build', '--config', 'vite.site.config.ts', '--logLevel', 'warn'])),
    run('npm', ['run', 'zip', '--silent']),
  ]).catch(failWith(teardown));
  return teardown;
}

/** Cleans up what the setup started, then fails the run with the build's error. */
function failWith(teardown: () => Promise<void>) {
  return async (error: unknown): Promise<never> => {
    await teardown();
    throw error;
  };
}
