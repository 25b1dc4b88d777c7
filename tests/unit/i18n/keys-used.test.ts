/**
 * Every message key exists in both languages and is used somewhere in the
 * source. A key nobody reads is a text nobody checks; remove it with the code
 * that used it.
 *
 * The scan is textual: `text.details.when`, or `details.when` through an alias
 * (`const m = text.details; m.when`), in entrypoints/, components/, lib/ or
 * scripts/. Keys read with a computed index (`text.categories[activity.category]`)
 * are listed in FAMILIES, each with the access that proves it is used; their
 * members are checked against the schema's unions by `satisfies` in nl.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { nl } from '../../../lib/i18n/nl';
import { en as siteEn } from '../../../lib/site/i18n/en';
import { nl as siteNl } from '../../../lib/site/i18n/nl';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SOURCE_FOLDERS = ['entrypoints', 'components', 'lib', 'scripts'];
const CATALOGUES = new Set(['lib/i18n/nl.ts', 'lib/i18n/en.ts', 'lib/site/i18n/nl.ts', 'lib/site/i18n/en.ts']);

/** Sections read as `section[key]`, so each member counts as used when the section is indexed. */
const FAMILIES = [
  'feedFailures',
  'days.long',
  'days.short',
  'categories',
  'programmes',
  'locationKinds',
  'join',
  'joinShort',
  'referrersInSentence',
  'summary.join',
  'details.kinds',
  'insight.measures',
  'insight.explain',
  'insight.levels',
  'insight.area',
  'insight.aims',
  'insight.partnerTypes',
];
/** The same for the publishing site's catalogue: a problem's meaning, by its kind (lib/site/publish/problem-meaning.ts). */
const SITE_FAMILIES = ['publish.meanings'];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sources = SOURCE_FOLDERS.flatMap(sourceFiles)
  .filter((path) => !CATALOGUES.has(relative(ROOT, join(ROOT, path)).replaceAll('\\', '/')))
  .map((path) => readFileSync(join(ROOT, path), 'utf8'));

/** Key paths of a catalogue, leaves only: ['details', 'when']. */
function keyPaths(node: object, path: string[] = []): string[][] {
  return Object.entries(node).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keyPaths(value, [...path, key]) : [[...path, key]],
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `.when`, `?.when` or `['walk-in']`. */
const access = (key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `\\??\\.${escape(key)}` : `\\[\\s*['"]${escape(key)}['"]\\s*\\]`;
const chain = (path: string[]) => path.map(access).join('\\s*');

/**
 * Whether a source file reads `path`, fully (`text.details.when`) or from an
 * alias of one of its sections (`const m = text.details;` … `m.when`). With
 * `indexed`, the last key must be followed by `[`.
 */
function isRead(path: string[], indexed = false): boolean {
  const end = indexed ? '\\s*\\[' : '(?![\\w$])';
  return sources.some((text) =>
    path.some((_, from) => {
      if (!new RegExp(chain(path.slice(from)) + end).test(text)) return false;
      // A section taken whole: not followed by another key, an index or a call.
      return from === 0 || new RegExp(access(path[from - 1]) + '(?![\\w$.?\\[(])').test(text);
    }),
  );
}

const keysOf = (catalogue: object) => keyPaths(catalogue).map((path) => path.join('.'));
const familyOf = (key: string, families = FAMILIES) => families.find((family) => key.startsWith(`${family}.`));

// The widget's and extension's catalogue, and the publishing site's (lib/site/i18n).
describe.each([
  { name: 'message keys', dutchCatalogue: nl, englishCatalogue: en, families: FAMILIES },
  { name: 'site message keys', dutchCatalogue: siteNl, englishCatalogue: siteEn, families: SITE_FAMILIES },
])('$name', ({ dutchCatalogue, englishCatalogue, families }) => {
  it('are the same in Dutch and English', () => {
    const dutch = new Set(keysOf(dutchCatalogue));
    const english = new Set(keysOf(englishCatalogue));
    expect({
      onlyInDutch: [...dutch].filter((key) => !english.has(key)),
      onlyInEnglish: [...english].filter((key) => !dutch.has(key)),
    }).toEqual({ onlyInDutch: [], onlyInEnglish: [] });
  });

  it('are each used in the source', () => {
    const unused = keyPaths(dutchCatalogue)
      .filter((path) => !familyOf(path.join('.'), families))
      .map((path) => path.join('.'))
      .filter((key) => !isRead(key.split('.')));
    expect(unused).toEqual([]);
  });

});

describe('message keys read with a computed index', () => {
  it('are used as a whole family', () => {
    const keys = keysOf(nl);
    for (const family of FAMILIES) {
      expect(keys.some((key) => key.startsWith(`${family}.`)), `${family} is in the catalogue`).toBe(true);
    }
    expect(FAMILIES.filter((family) => !isRead(family.split('.'), true))).toEqual([]);
    expect(keysOf(siteNl).some((key) => key.startsWith('publish.meanings.'))).toBe(true);
    expect(SITE_FAMILIES.filter((family) => !isRead(family.split('.'), true))).toEqual([]);
  });
});
