/**
 * npm run feed:from-csv -- <folder> --out feed.json [--municipality GM0034 --name Almere --buurten buurten.geojson]
 *
 * Turns a folder of spreadsheets saved as CSV (templates in public/templates/)
 * into a kinderwerk feed. Prints every problem with its file, row and column.
 * Exit code 0: complete, 1: written with problems, 2: no feed written.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_OPTIONS, contextFromOptions, parseArgs } from '../lib/interop/cli-options';
import { importCsvFiles } from '../lib/interop/csv-import';
import { importReport } from '../lib/interop/import-report';

const USAGE = [
  'Usage: npm run feed:from-csv -- <folder with CSV files> --out feed.json [options]',
  '',
  'The folder holds organisaties.csv, locaties.csv, activiteiten.csv, huiskamers.csv,',
  'contactpersonen.csv and optionally gegevens.csv (see public/templates/README.md).',
  '',
  'Options:',
  ...CONTEXT_OPTIONS.map(([option, meaning]) => `  ${option.padEnd(36)} ${meaning}`),
].join('\n');

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  const folder = args.positionals[0];
  const out = args.options.out;
  if (args.flags.has('help') || !folder || !out) {
    console.error(USAGE);
    return 2;
  }
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`${folder} is not a folder. Give the folder that holds the CSV files.`);
    return 2;
  }
  const files = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
  let context;
  try {
    context = contextFromOptions(args.options, (path) => JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    console.error(`Could not read a boundary file: ${(error as Error).message}`);
    return 2;
  }
  const result = importCsvFiles(files, context);
  if (result.feed) writeFileSync(out, `${JSON.stringify(result.feed, null, 2)}\n`);
  const { lines, exitCode } = importReport(result, out);
  for (const line of lines) console.log(line);
  return exitCode;
}

process.exitCode = main();
