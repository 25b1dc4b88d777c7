/**
 * npm run feed:from-csv -- <folder> --out feed.json [--municipality GM0034 --name Almere --buurten buurten.geojson]
 *
 * Turns a folder of spreadsheets saved as CSV (templates in public/templates/)
 * into a kinderwerk feed. Prints every problem with its file, row and column.
 * Exit code 0: complete, 1: written with problems, 2: no feed written.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_OPTION_NAMES, CONTEXT_OPTIONS_HELP, contextFromOptions } from '../lib/interop/cli-options';
import { importCsvBytes } from '../lib/interop/csv-bytes';
import { importReport } from '../lib/interop/import-report';
import { parseCliArgs, stringOptions, usageError } from './cli/args';
import { runWhenExecutedDirectly, type CliIo } from './cli/io';

const HELP = [
  'The folder holds organisaties.csv, locaties.csv, activiteiten.csv, huiskamers.csv,',
  'contactpersonen.csv and optionally gegevens.csv (see public/templates/README.md).',
  '',
  'Options:',
  ...CONTEXT_OPTIONS_HELP,
].join('\n');

const CLI = {
  usage: 'npm run feed:from-csv -- <folder with CSV files> --out feed.json [options]',
  help: HELP,
  options: { out: { type: 'string' }, ...stringOptions(CONTEXT_OPTION_NAMES) },
  maxPositionals: 1,
} as const;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, io, CLI);
  if (!args.ok) return args.exitCode;
  const folder = args.positionals[0];
  const out = args.values.out;
  if (!folder) return usageError(io, CLI, 'Give the folder that holds the CSV files.');
  if (!out) return usageError(io, CLI, 'Give the file to write: --out feed.json.');
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    io.err(`${folder} is not a folder. Give the folder that holds the CSV files.`);
    return 2;
  }
  const files = readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) }));
  let context;
  try {
    context = contextFromOptions(args.values, (path) => JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    io.err(`Could not read a boundary file: ${(error as Error).message}`);
    return 2;
  }
  const result = importCsvBytes(files, context);
  if (result.feed) writeFileSync(out, `${JSON.stringify(result.feed, null, 2)}\n`);
  const { lines, exitCode } = importReport(result, out);
  for (const line of lines) io.out(line);
  return exitCode;
}

runWhenExecutedDirectly(import.meta.url, main);
