/**
 * Builds the widget, the publishing site and the extension once per test run, so the end-to-end tests
 * always drive what a user gets. `npm run zip` builds the extension for Chrome and
 * Firefox and packs the store zips in one go (checked by extension-zip.test.ts), so
 * nothing is built twice. The widget (then the site, which copies it) and the extension
 * build side by side: they share no output folder. KWK_SKIP_BUILD=1 reuses the last build while working on a test.
 */
import { spawn } from 'node:child_process';
import { startSharedBrowser } from '../helpers/browser';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    // Vitest sets NODE_ENV=test, which Vite would take for a development build: build what users get.
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  const stopBrowser = await startSharedBrowser();
  if (process.env.KWK_SKIP_BUILD === '1') return stopBrowser;
  await Promise.all([
    // The widget alone, without the size report of `npm run build:widget` (the size budget test reads the files);
    // then the site, which copies that widget build in instead of building its own.
    run('npx', ['vite', 'build', '--config', 'vite.widget.config.ts', '--logLevel', 'warn']).then(() =>
      run('npx', ['vite', 'build', '--config', 'vite.site.config.ts', '--logLevel', 'warn'])),
    run('npm', ['run', 'zip', '--silent']),
  ]).catch(async (error: unknown) => {
    await stopBrowser();
    throw error;
  });
  return stopBrowser;
}
