/**
 * Builds the widget and the extension once before the end-to-end tests, so the
 * tests always drive what `npm run build` produces, then packs the store zips
 * (`npm run zip`, checked by extension-zip.test.ts).
 */
import { execSync } from 'node:child_process';

export default function setup(): void {
  if (process.env.KWK_SKIP_BUILD === '1') return;
  execSync('npm run build', { stdio: 'inherit' });
  execSync('npm run zip', { stdio: 'inherit' });
}
