import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { dropZodEvalProbe } from './scripts/build/drop-zod-eval-probe.ts';
import { leafletCssWithoutImages } from './scripts/build/leaflet-css-without-images.ts';
import { chunksKeepQuery } from './scripts/build/chunks-keep-query.ts';
import { leafletWithoutHtmlStrings } from './scripts/build/leaflet-without-html-strings.ts';

// The embeddable widget: one self-contained file per format, so a municipality hosts a
// single script. ES module for modern pages, IIFE for sites that only allow classic scripts.
// CSS is imported with `?inline` and attached as constructed stylesheets, so no .css is emitted.
export default defineConfig({
  // zod runs jitless (entrypoints/widget/zod-setup.ts); its eval probe need not ship either,
  // nor the PNGs in Leaflet's CSS that the widget never shows. The converter chunk shares the
  // main file also when a page loads it with a query (kinderwerk-kaart.js?v=2). Leaflet writes no
  // HTML strings, so a page that enforces Trusted Types can embed the widget.
  plugins: [
    preact({ prerender: { enabled: false } }), dropZodEvalProbe(), leafletCssWithoutImages(), chunksKeepQuery(), leafletWithoutHtmlStrings(),
  ],
  // One language per load: Dutch in the main file, English a chunk fetched when asked for
  // (lib/i18n/catalogues-on-demand.ts instead of the catalogues the extension and site load at once).
  resolve: {
    alias: [{ find: /^\.\/catalogues$/, replacement: fileURLToPath(new URL('./lib/i18n/catalogues-on-demand.ts', import.meta.url)) }],
  },
  // public/ holds the demo feeds; they are not part of the widget.
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/widget',
    emptyOutDir: true,
    minify: true,
    sourcemap: false,
    target: 'es2022',
    reportCompressedSize: false,
    lib: {
      // main.ts, not index.ts: WXT would take entrypoints/*/index.ts for an extension script.
      entry: 'entrypoints/widget/main.ts',
      formats: ['es', 'iife'],
      // The IIFE needs a name, but the entry exports nothing, so nothing lands on window.
      name: 'KinderwerkKaart',
      fileName: (format) => (format === 'es' ? 'kinderwerk-kaart.js' : 'kinderwerk-kaart.iife.js'),
    },
    // Vite keeps whitespace in ES library builds (for bundlers downstream); this file is
    // served to browsers as is, so minify it fully, like the IIFE.
    rolldownOptions: {
      // Lets the converter chunk import what it shares with the widget from the main file,
      // instead of a third file every visitor would load.
      preserveEntrySignatures: 'allow-extension',
      // Files beside the ES module, each fetched only when needed: the HSDS/OpenActive converter,
      // the English texts, the map with the figures (components/map-views.ts). The classic
      // build has them inline (IIFE cannot load chunks).
      output: { minify: true, chunkFileNames: 'kinderwerk-kaart-[name].js' },
    },
  },
});
