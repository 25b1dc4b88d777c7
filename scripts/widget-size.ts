/**
 * How heavy the widget is for a visitor: minified and gzipped size of each built file, and
 * each first load (wide screen: main file and map file; phone: the main file) next to its
 * "floor", the libraries that load carries built on their own from exactly what the widget
 * imports (scripts/size/first-load-size.ts), so the part that is our own code is visible.
 * Runs after `vite build` in `npm run build:widget`; `npm run bench` reads what it writes.
 *
 *   npx tsx scripts/widget-size.ts    # prints a table, writes dist/widget/size.json
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIRST_LOAD_LABELS, widgetSizeReport, type Size } from './size/first-load-size';

const OUT_DIR = 'dist/widget';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const row = (name: string, size: Size) => `  ${name.padEnd(34)} ${kb(size.min).padStart(9)} min  ${kb(size.gzip).padStart(8)} gzip`;

const report = await widgetSizeReport(OUT_DIR);

console.log('\nWidget size (what a visitor downloads)');
for (const [name, size] of Object.entries(report.files)) console.log(row(name, size));
for (const [name, load] of Object.entries(report.loads)) {
  console.log(`First load, ${FIRST_LOAD_LABELS[name as keyof typeof FIRST_LOAD_LABELS]}: ${load.files.join(' + ')}`);
  console.log(row('widget', load.size));
  console.log(row('floor: its libraries in one build', load.floor.total));
  for (const [library, size] of Object.entries(load.floor.libraries)) console.log(row(`  ${library} on its own`, size));
  console.log(`  ratio ${load.ratio.toFixed(2)} × gzip; our own code adds about ${kb(load.size.gzip - load.floor.total.gzip)} gzip`);
}
console.log('');

await writeFile(join(OUT_DIR, 'size.json'), `${JSON.stringify(report, null, 2)}\n`);
