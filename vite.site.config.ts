import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { dropZodEvalProbe } from './scripts/build/drop-zod-eval-probe.ts';
import { siteAssets } from './scripts/build/site-assets.ts';

// The publishing site (docs/site.md): static pages any web server can host, for the people
// who keep the data and the web pages, without Node. The pages load the widget build itself
// (copied in by siteAssets, never built a second time), and carry the demo feeds and the
// spreadsheet templates so the previews work offline.
const SITE = resolve(import.meta.dirname, 'entrypoints/site');

export default defineConfig({
  root: SITE,
  // Relative addresses: the site works from any folder of any web server.
  base: './',
  plugins: [preact({ prerender: { enabled: false } }), dropZodEvalProbe(), siteAssets()],
  publicDir: false,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: resolve(import.meta.dirname, 'dist/site'),
    emptyOutDir: true,
    target: 'es2022',
    // Every browser the widget supports preloads modules itself.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: Object.fromEntries(
        ['index', 'publish', 'configure', 'embed'].map((page) => [page, resolve(SITE, `${page}.html`)]),
      ),
    },
  },
});
