/**
 * Builds the map test page (index.html + page.tsx) into a folder with Vite, the
 * same way the widget is built: Preact, inline CSS as constructable sheets.
 *
 *   const dir = await buildMapPage('/tmp/kwk-map-page');
 */
import preact from '@preact/preset-vite';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { leafletCssWithoutImages } from '../../../scripts/build/leaflet-css-without-images';

export async function buildMapPage(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: dirname(fileURLToPath(import.meta.url)),
    base: './',
    plugins: [preact({ prerender: { enabled: false } }), leafletCssWithoutImages()],
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  return outDir;
}
