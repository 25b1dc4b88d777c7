/**
 * Bundles the benchmark's page scripts (bench/browser/*-entry and probe) into classic
 * scripts with vite's build() API, the way tests/e2e/idb-real.test.ts bundles the cache.
 *
 *   const files = await bundlePageScripts();   // { data: '…/data.js', probe: '…/probe.js' }
 */
import { join } from 'node:path';
import { build } from 'vite';
import { CACHE_DIR } from './feeds';

const ENTRIES = {
  data: { entry: 'bench/browser/data-entry.ts', name: 'kwkBenchBundle' },
  probe: { entry: 'bench/browser/widget-probe.ts', name: 'kwkProbeBundle' },
} as const;

export type PageScript = keyof typeof ENTRIES;

export async function bundlePageScripts(): Promise<Record<PageScript, string>> {
  const outDir = join(CACHE_DIR, 'page-scripts');
  const files = {} as Record<PageScript, string>;
  for (const [key, { entry, name }] of Object.entries(ENTRIES) as [PageScript, (typeof ENTRIES)[PageScript]][]) {
    await build({
      configFile: false,
      logLevel: 'warn',
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir: false,
        minify: true,
        target: 'es2022',
        reportCompressedSize: false,
        lib: { entry, formats: ['iife'], name, fileName: () => `${key}.js` },
      },
    });
    files[key] = join(outDir, `${key}.js`);
  }
  return files;
}
