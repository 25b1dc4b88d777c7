/**
 * The widget's weight against its floor: the gzip size of the ES module build next to
 * the gzip size of the libraries it bundles on their own (dist/widget/size.json,
 * written by scripts/widget-size.ts in `npm run build:widget`), and which sources the
 * bytes come from. Chunks the module imports only when needed (the HSDS/OpenActive
 * converter, kinderwerk-kaart-direct-source.js) are reported apart and left out of the
 * first-load size and the ratio. Builds the widget first when dist/ is missing or older
 * than the sources.
 *
 *   const size = await widgetSize(log);   // { gzip: 129000, floorGzip: 78000, ratio: 1.64, … }
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';

const DIST = 'dist/widget';
const MODULE_FILE = 'kinderwerk-kaart.js';
/** The classic-script build: one file with everything, the converter included (no lazy loading). */
const IIFE_FILE = 'kinderwerk-kaart.iife.js';
const SOURCES = ['components', 'lib', 'entrypoints/widget', 'vite.widget.config.ts', 'package-lock.json'];

interface Size { min: number; gzip: number }

interface SizeReport {
  files: Record<string, Size>;
  floorTotal: Size;
  floor: Record<string, Size>;
}

export interface WidgetSize {
  /** The ES module a visitor loads first: what the ratio counts. */
  min: number;
  gzip: number;
  /** Chunks the ES module imports only when needed (the HSDS/OpenActive converter), not in the first load. */
  lazyChunks: ({ file: string } & Size)[];
  /** The classic-script build, for pages that cannot load a module; it holds the lazy chunks too. */
  iife?: Size;
  floorGzip: number;
  floorMin: number;
  /** Widget gzip ÷ floor gzip. */
  ratio: number;
  floor: Record<string, Size>;
  /** Share of the unminified bundle per source (a package, or a folder of ours), largest first. */
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
  const file = report.files[MODULE_FILE];
  const lazyChunks = Object.entries(report.files)
    .filter(([name]) => name !== MODULE_FILE && name !== IIFE_FILE)
    .map(([name, size]) => ({ file: name, ...size }));
  return {
    min: file.min,
    gzip: file.gzip,
    lazyChunks,
    iife: report.files[IIFE_FILE],
    floorGzip: report.floorTotal.gzip,
    floorMin: report.floorTotal.min,
    ratio: file.gzip / report.floorTotal.gzip,
    floor: report.floor,
    sources: await sourceShares(),
  };
}
