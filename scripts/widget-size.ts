/**
 * How heavy the widget is for a visitor: minified and gzipped size of each built file,
 * next to the "floor" (the libraries it bundles, minified and gzipped on their own), so
 * the part that is our own code is visible. Runs after `vite build` in `npm run build:widget`.
 *
 *   npx tsx scripts/widget-size.ts    # prints a table, writes dist/widget/size.json
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rollup } from 'vite';
import { cssWithoutImages } from './build/leaflet-css-without-images.ts';

const OUT_DIR = 'dist/widget';

/**
 * The libraries the widget bundles, each as module code that pulls in what any use of it
 * costs: all of Leaflet, Preact and idb; for zod the core behind one object schema, since
 * `export *` would also count dozens of locales nobody bundles.
 */
const LIBRARIES: Record<string, string> = {
  leaflet: "export * from 'leaflet/dist/leaflet-src.esm.js';",
  'preact + hooks + signals': "export * from 'preact'; export * from 'preact/hooks'; export * from '@preact/signals';",
  idb: "export * from 'idb';",
  'zod (classic)': "import { z } from 'zod'; export const schema = z.object({ name: z.string() });",
};

interface Size { min: number; gzip: number }

function sizeOf(code: string | Uint8Array): Size {
  const bytes = typeof code === 'string' ? Buffer.from(code) : code;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

async function minifiedLibrary(source: string): Promise<string> {
  const entry: Plugin = {
    name: 'size-entry',
    resolveId: (id) => (id === 'virtual:size-entry' ? '\0virtual:size-entry' : null),
    load: (id) => (id === '\0virtual:size-entry' ? source : null),
  };
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [entry],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rollupOptions: { input: 'virtual:size-entry', preserveEntrySignatures: 'strict', output: { format: 'es' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs
    .flatMap((output) => output.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('\n');
}

// Leaflet's CSS is small and plain: dropping comments and spacing is what a minifier does to it.
function minifyCss(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};:,>])\s*/g, '$1').trim();
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const names = (await readdir(OUT_DIR)).filter((name) => name.endsWith('.js')).sort();
  if (names.length === 0) throw new Error(`No widget build in ${OUT_DIR}: run npm run build:widget`);
  const files: Record<string, Size> = {};
  for (const name of names) files[name] = sizeOf(await readFile(join(OUT_DIR, name)));

  const floor: Record<string, Size> = {};
  for (const [name, source] of Object.entries(LIBRARIES)) floor[name] = sizeOf(await minifiedLibrary(source));
  // The CSS the widget ships: without the PNGs it never shows (scripts/build/leaflet-css-without-images.ts).
  floor['leaflet css'] = sizeOf(minifyCss(cssWithoutImages(await readFile('node_modules/leaflet/dist/leaflet.css', 'utf8'))));
  const floorTotal: Size = {
    min: Object.values(floor).reduce((sum, size) => sum + size.min, 0),
    gzip: Object.values(floor).reduce((sum, size) => sum + size.gzip, 0),
  };

  console.log('\nWidget size (what a visitor downloads)');
  for (const [name, size] of Object.entries(files)) {
    console.log(`  ${name.padEnd(28)} ${kb(size.min).padStart(9)} min  ${kb(size.gzip).padStart(8)} gzip`);
  }
  console.log('Floor: the bundled libraries on their own');
  for (const [name, size] of Object.entries(floor)) {
    console.log(`  ${name.padEnd(28)} ${kb(size.min).padStart(9)} min  ${kb(size.gzip).padStart(8)} gzip`);
  }
  console.log(`  ${'total'.padEnd(28)} ${kb(floorTotal.min).padStart(9)} min  ${kb(floorTotal.gzip).padStart(8)} gzip`);
  const module = files['kinderwerk-kaart.js'];
  if (module) console.log(`Our own code adds about ${kb(module.gzip - floorTotal.gzip)} gzip to the ES module.\n`);

  await writeFile(
    join(OUT_DIR, 'size.json'),
    JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'bytes', files, floor, floorTotal }, null, 2) + '\n',
  );
}

await main();
