/**
 * The widget's weight per first load, against the exact floor of the libraries that load
 * carries: what `npm run build:widget` reports and writes to dist/widget/size.json, and
 * what `npm run bench` reads from there. Two first loads (scripts/size/widget-imports.ts):
 * on a wide screen the main file and the map file (Leaflet, its CSS, the figures) load at
 * once; on a phone the list comes first with the main file alone, so its floor has no Leaflet.
 *
 *   const report = await widgetSizeReport('dist/widget');
 *   report.loads.wide;    // { files: […], size: { min, gzip }, floor: { libraries, total }, ratio: 1.87, imports: {…} }
 *   report.loads.phone;   // the main file against Preact, signals, idb and zod
 */
import { builtFileSizes, type Size } from './file-size';
import { libraryFloor, type LibraryFloor } from './library-floor';
import { widgetFirstLoads, type FirstLoadName, type LibraryUse } from './widget-imports';

export type { FirstLoadName } from './widget-imports';
export type { Size } from './file-size';

export interface LoadSize {
  /** The widget's files this load fetches. */
  files: string[];
  /** Their sizes added up, each file gzipped on its own (each is a request of its own). */
  size: Size;
  floor: LibraryFloor;
  /** Widget gzip ÷ floor gzip. */
  ratio: number;
  /** What the floor is built from: per module, the members the widget reads (`*` for all of it). */
  imports: Record<string, string[]>;
}

export interface SizeReport {
  measuredAt: string;
  unit: 'bytes';
  /** Every built JS file. */
  files: Record<string, Size>;
  loads: Record<FirstLoadName, LoadSize>;
}

export const FIRST_LOAD_LABELS: Record<FirstLoadName, string> = {
  wide: 'wide screen, list and map at once',
  phone: 'phone, list first',
};

function importsOf(uses: LibraryUse[]): Record<string, string[]> {
  const imports: Record<string, string[]> = {};
  for (const use of uses) (imports[use.source] ??= []).push(use.path.length === 0 ? '*' : use.path.join('.'));
  return imports;
}

/** Measures the widget build in `outDir` (made by `vite build --config vite.widget.config.ts`). */
export async function widgetSizeReport(outDir: string): Promise<SizeReport> {
  const files = builtFileSizes(outDir);
  if (Object.keys(files).length === 0) throw new Error(`No widget build in ${outDir}: run npm run build:widget`);

  const firstLoads = await widgetFirstLoads();
  const loads = {} as Record<FirstLoadName, LoadSize>;
  for (const name of ['wide', 'phone'] as const) {
    const load = firstLoads[name];
    const missing = load.files.filter((file) => !files[file]);
    if (missing.length > 0) throw new Error(`${outDir} has no ${missing.join(', ')}: it is older than the sources; run npm run build:widget`);
    const size = {
      min: load.files.reduce((sum, file) => sum + files[file].min, 0),
      gzip: load.files.reduce((sum, file) => sum + files[file].gzip, 0),
    };
    const floor = await libraryFloor(load.uses);
    loads[name] = { files: load.files, size, floor, ratio: size.gzip / floor.total.gzip, imports: importsOf(load.uses) };
  }
  return { measuredAt: new Date().toISOString(), unit: 'bytes', files, loads };
}
