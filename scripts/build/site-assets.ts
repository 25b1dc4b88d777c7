/**
 * A Vite plugin that puts beside the site's pages what they load but do not build:
 * the widget build (dist/widget, made once by vite.widget.config.ts, never a second
 * copy with other settings), the demo feeds and the spreadsheet templates. The site
 * then works offline and from any web server, with nothing fetched from elsewhere.
 *
 *   plugins: [siteAssets()]   // dist/site/widget/, dist/site/feeds/, dist/site/templates/
 */
import { cp, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Folder in the project → folder in the site. */
export const SITE_ASSETS: readonly [from: string, to: string][] = [
  ['dist/widget', 'widget'],
  ['public/feeds', 'feeds'],
  ['public/templates', 'templates'],
];

export function siteAssets(projectRoot = process.cwd()): Plugin {
  let outDir = '';
  return {
    name: 'kwk:site-assets',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      const widget = resolve(projectRoot, 'dist/widget/kinderwerk-kaart.js');
      if (!(await exists(widget))) {
        this.error('dist/widget has no widget build: run `npm run build:widget` before `npm run build:site`.');
      }
      for (const [from, to] of SITE_ASSETS) {
        await cp(resolve(projectRoot, from), join(outDir, to), { recursive: true });
      }
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
