/**
 * zod must never compile code where the extension and the widget parse: their
 * Content-Security-Policy has no 'unsafe-eval'. zod reads its jitless setting as
 * each schema is created, so lib/zod-jitless.ts has to run before any module that
 * defines one: it is the first import of every entry point.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^import\s+(?:[^'"]*\s+from\s+)?'([^']+)';/gm)].map((match) => match[1]);
/** Modules that import nothing themselves may come first: they cannot load zod. */
const IMPORT_FREE = new Set<string>();
const firstImport = (file: string) => importsOf(file).find((path) => !IMPORT_FREE.has(path));

describe('zod without compiled code', () => {
  it.each([
    ['entrypoints/background.ts', '../lib/zod-jitless'],
    ['entrypoints/popup/main.tsx', '../../lib/zod-jitless'],
    ['entrypoints/options/main.tsx', '../../lib/zod-jitless'],
    ['entrypoints/widget/main.ts', './zod-setup'],
  ])('is set up by the first import of %s', (file, setup) => {
    expect(firstImport(file)).toBe(setup);
  });

  it('lets only modules that import nothing come before it', () => {
    for (const path of IMPORT_FREE) expect(importsOf(`entrypoints/widget/${path.slice(2)}.ts`)).toEqual([]);
  });

  it('is set up by the widget before zod loads its own copy of the globals', () => {
    const imports = [...readFileSync('entrypoints/widget/zod-setup.ts', 'utf8').matchAll(/^import\s+(?:[^'"]*\s+from\s+)?'([^']+)';/gm)];
    expect(imports.map((match) => match[1])).toEqual(['./zod-globals', '../../lib/zod-jitless']);
  });

  describe('reading what the extension stored', () => {
    const RealFunction = globalThis.Function;
    const compiled: string[] = [];

    /** Loads our modules fresh, with zod not yet set up, and notes every `new Function`. */
    async function readStorage(setup: string[]): Promise<void> {
      vi.resetModules();
      // zod itself is loaded once per test file; its settings are what the setup changes.
      Reflect.deleteProperty(z.config(), 'jitless');
      globalThis.Function = new Proxy(RealFunction, {
        construct: (target, args) => (compiled.push(String(args.at(-1))), Reflect.construct(target, args)),
        apply: (target, self, args) => (compiled.push(String(args.at(-1))), Reflect.apply(target, self, args)),
      });
      for (const module of setup) await import(module);
      const { readSettings } = await import('../../lib/extension/settings');
      const { readFeedHealth } = await import('../../lib/extension/feed-health');
      readSettings({ lang: 'en', feeds: [{ url: 'https://data.almere.nl/kinderwerk.json' }] });
      readFeedHealth({ 'https://data.almere.nl/kinderwerk.json': { url: 'https://data.almere.nl/kinderwerk.json', checkedAt: '2026-11-23T09:00:00.000Z', ok: true } });
    }

    afterEach(() => {
      globalThis.Function = RealFunction;
      compiled.length = 0;
      Reflect.deleteProperty(z.config(), 'jitless');
      vi.resetModules();
    });

    it('compiles no code after lib/zod-jitless.ts', async () => {
      await readStorage(['../../lib/zod-jitless']);
      expect(compiled).toEqual([]);
    });

    it('would compile code without it (so the check above can fail)', async () => {
      await readStorage([]);
      expect(compiled.length).toBeGreaterThan(0);
    });
  });
});
