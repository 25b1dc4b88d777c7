/**
 * The widget's weight against its floor, per first load (wide screen: main file and map
 * file; phone: the main file), from dist/widget/size.json, which scripts/widget-size.ts
 * writes in `npm run build:widget` (the measuring itself is scripts/size/first-load-size.ts),
 * and which sources the main file's bytes come from. Chunks in no first load (the English
 * texts, the HSDS/OpenActive converter) and the classic-script build are reported apart.
 * Builds the widget first when dist/ is missing or older than the sources.
 *
 *   const size = await widgetSize(log);   // { loads: { wide: { ratio: 1.87, … }, phone: … }, lazyChunks, … }
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import type { FirstLoadName, LoadSize, Size, SizeReport } from '../scripts/size/first-load-size';
import { MODULE_FILE } from '../scripts/size/widget-imports';

const DIST = 'dist/widget';
/** The classic-script build: one file with everything, the lazy chunks included (no lazy loading). */
const IIFE_FILE = 'kinderwerk-kaart.iife.js';
const SOURCES = ['components', 'lib', 'entrypoints/widget', 'vite.widget.config.ts', 'package-lock.json', 'scripts/widget-size.ts', 'scripts/size', 'scripts/build'];

export interface WidgetSize {
  /** Each first load against the floor of the libraries it carries. */
  loads: Record<FirstLoadName, LoadSize>;
  /** Chunks the ES module imports only when needed, in neither first load (the map file is lazy on a phone only). */
  lazyChunks: ({ file: string } & Size)[];
  /** The classic-script build, for pages that cannot load a module; it holds the lazy chunks too. */
  iife?: Size;
  /** Share of the main file's unminified bundle per source (a package, or a folder of ours), largest first. */
  sources: { source: string; share: number }[];
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function ensureBuilt(log: (line: string) => void): void {
  const built = join(DIST, 'size.json');
  const builtAt = existsSync(built) && existsSync(join(DIST, MODULE_FILE)) ? statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...SOURCES.map(newestChange))) return;
  log('widget: building it (npm run build:widget), dist/widget is missing or older than the sources');
  execSync('npm run build:widget', { stdio: 'pipe' });
}

function sourceOf(id: string): string {
  const inPackage = id.split('node_modules/')[1];
  if (inPackage) return inPackage.split('/').slice(0, inPackage.startsWith('@') ? 2 : 1).join('/');
  const own = id.replace(`${process.cwd()}/`, '').replace(/\?.*$/, '');
  const parts = own.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : own;
}

async function sourceShares(): Promise<WidgetSize['sources']> {
  const result = await build({ configFile: 'vite.widget.config.ts', logLevel: 'silent', build: { write: false, emptyOutDir: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((file) => file.type === 'chunk' && file.fileName === MODULE_FILE);
  if (!chunk || chunk.type !== 'chunk') return [];
  const bySource = new Map<string, number>();
  for (const [id, module] of Object.entries(chunk.modules)) bySource.set(sourceOf(id), (bySource.get(sourceOf(id)) ?? 0) + module.renderedLength);
  const total = [...bySource.values()].reduce((sum, length) => sum + length, 0);
  return [...bySource]
    .map(([source, length]) => ({ source, share: length / total }))
    .sort((a, b) => b.share - a.share);
}

export async function widgetSize(log: (line: string) => void): Promise<WidgetSize> {
  ensureBuilt(log);
  const report = JSON.parse(readFileSync(join(DIST, 'size.json'), 'utf8')) as SizeReport;
  const loaded = new Set(Object.values(report.loads).flatMap((load) => load.files));
  return {
    loads: report.loads,
    lazyChunks: Object.entries(report.files)
      .filter(([name]) => !loaded.has(name) && name !== IIFE_FILE)
      .map(([name, size]) => ({ file: name, ...size })),
    iife: report.files[IIFE_FILE],
    sources: await sourceShares(),
  };
}
