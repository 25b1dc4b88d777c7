/**
 * `npm run zip` (run by global-setup.ts) packs what the stores take: the Chrome
 * and Firefox extensions, and for Firefox's review the sources to rebuild them.
 * The Firefox zip goes through addons-linter, the check addons.mozilla.org runs on upload.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const zipPath = (kind: string) => `.output/${pkg.name}-${pkg.version}-${kind}.zip`;

/** File names from a zip's central directory (stored as plain text). */
function namesIn(path: string): string[] {
  const bytes = readFileSync(path);
  const names: string[] = [];
  for (let at = bytes.indexOf('PK\x01\x02'); at !== -1; at = bytes.indexOf('PK\x01\x02', at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.toString('utf8', at + 46, at + 46 + nameLength));
  }
  return names;
}

describe('the store packages', () => {
  it.each(['chrome', 'firefox'])('the %s zip holds the manifest, popup, options page and example feed', (kind) => {
    const names = namesIn(zipPath(kind));
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'popup.html', 'options.html', 'background.js', 'feeds/almere.json']));
    expect(names.filter((name) => name.startsWith('templates/'))).toEqual([]);
  });

  it.each(['chrome', 'firefox'])('the %s zip holds no file from public/ that the extension does not use', (kind) => {
    const copiedFromPublic = namesIn(zipPath(kind)).filter((name) => !/\.(js|css|html)$|^manifest\.json$|\/$/.test(name));
    expect(copiedFromPublic.sort()).toEqual([
      '_locales/en/messages.json',
      '_locales/nl/messages.json',
      'feeds/almere-buurten.geojson',
      'feeds/almere-wijken.geojson',
      'feeds/almere.json',
      'icons/128.png',
      'icons/16.png',
      'icons/32.png',
      'icons/48.png',
    ]);
  });

  it('the sources zip can rebuild the extension and leaves out what is generated', () => {
    const names = namesIn(zipPath('sources'));
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/popup/main.tsx']));
    expect(names.filter((name) => /^(node_modules|\.output|dist)\//.test(name))).toEqual([]);
  });
});

interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

const where = (found: LinterMessage) => `${found.code} ${found.file ?? ''}:${found.line ?? ''}:${found.column ?? ''} ${found.message}`;

describe('addons-linter on the Firefox zip', () => {
  let report: LinterReport;
  beforeAll(() => {
    const run = spawnSync(process.execPath, ['node_modules/addons-linter/bin/addons-linter', '--output', 'json', '--boring', zipPath('firefox')], { encoding: 'utf8' });
    report = JSON.parse(run.stdout) as LinterReport;
  }, 120_000);

  it('finds no errors and no eval (zod\'s `Function` probe is not in the bundle)', () => {
    expect([...report.errors, ...report.warnings.filter((found) => found.code === 'DANGEROUS_EVAL')].map(where)).toEqual([]);
  });

  it('has nothing to say about the manifest (the minimum Firefox versions cover every key)', () => {
    expect([...report.warnings, ...report.notices].filter((found) => found.file === 'manifest.json').map(where)).toEqual([]);
  });

  // Leaflet writes its controls with innerHTML and Preact supports dangerouslySetInnerHTML;
  // our own code writes no HTML as text (ESLint forbids it in lib/, components/, entrypoints/).
  it('warns only about innerHTML inside the bundled libraries', () => {
    expect(report.warnings.filter((found) => found.code !== 'UNSAFE_VAR_ASSIGNMENT').map(where)).toEqual([]);
  });
});
