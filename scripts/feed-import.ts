/**
 * npm run feed:import -- hsds <file, folder or URL> --out feed.json --municipality GM0034 --name Almere --buurten buurten.geojson
 * npm run feed:import -- openactive <file or URL> [<file or URL> ...] --out feed.json --buurten buurten.geojson
 *
 * Converts Open Referral HSDS 3.0 JSON (a full service, an organization with
 * services, an API page, or the folder feed:export writes) or OpenActive RPDE
 * pages into a kinderwerk feed. URLs are followed page by page. Every problem
 * names the file or URL, the path in the document and the record id.
 * Exit code 0: complete, 1: written with problems, 2: no feed written.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_OPTION_NAMES, CONTEXT_OPTIONS_HELP, contextFromOptions } from '../lib/interop/cli-options';
import { fetchSourcePages, type SourceStandard } from '../lib/interop/fetch-source';
import { parseFeedJson } from '../lib/feed/parse-json';
import { importHsds } from '../lib/interop/hsds-import';
import type { SourceDocument } from '../lib/interop/hsds-read';
import { formatProblem, type ImportProblem } from '../lib/interop/import-problem';
import { importReport } from '../lib/interop/import-report';
import { importOpenActive } from '../lib/interop/openactive-import';
import { parseCliArgs, stringOptions, usageError } from './cli/args';
import { runWhenExecutedDirectly, type CliIo } from './cli/io';

const HELP = [
  '  hsds        Open Referral HSDS 3.0 JSON: a service, an organization with services, an API page',
  '              ({ "contents": [...] }, further pages are fetched with ?page=N), or a folder of .json files',
  '  openactive  OpenActive RPDE pages (the `next` links are followed) with SessionSeries,',
  '              ScheduledSession and CourseInstance; give the session-series and scheduled-sessions feeds',
  '',
  'Options:',
  ...CONTEXT_OPTIONS_HELP,
].join('\n');

const CLI = {
  usage: 'npm run feed:import -- <hsds|openactive> <file, folder or URL> [...] --out feed.json [options]',
  help: HELP,
  options: { out: { type: 'string' }, ...stringOptions(CONTEXT_OPTION_NAMES) },
  maxPositionals: Infinity,
} as const;

async function readSource(source: string, standard: SourceStandard, problems: ImportProblem[], io: CliIo): Promise<SourceDocument[]> {
  if (/^https?:\/\//i.test(source)) {
    const fetched = await fetchSourcePages(source, standard);
    problems.push(...fetched.problems);
    if (fetched.documents.length > 0) io.err(`Read ${fetched.documents.length} page(s) from ${source}`);
    return fetched.documents;
  }
  const stat = statSync(source, { throwIfNoEntry: false });
  if (!stat) {
    problems.push({ severity: 'error', file: source, reason: 'no such file or folder' });
    return [];
  }
  const files = stat.isDirectory()
    ? readdirSync(source).filter((name) => name.endsWith('.json')).sort().map((name) => join(source, name))
    : [source];
  const documents: SourceDocument[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push({ severity: 'error', file, reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    const parsed = parseFeedJson(text, file);
    if (parsed.ok) documents.push({ name: file, json: parsed.value });
    else problems.push({ severity: 'error', file, reason: parsed.failure.message });
  }
  return documents;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, io, CLI);
  if (!args.ok) return args.exitCode;
  const [standard, ...sources] = args.positionals;
  const out = args.values.out;
  if (standard !== 'hsds' && standard !== 'openactive') {
    return usageError(io, CLI, standard ? `Unknown standard '${standard}': give hsds or openactive.` : 'Give the standard to import: hsds or openactive.');
  }
  if (sources.length === 0) return usageError(io, CLI, `Give the ${standard} file, folder or URL to import.`);
  if (!out) return usageError(io, CLI, 'Give the file to write: --out feed.json.');
  let context;
  try {
    context = contextFromOptions(args.values, (path) => JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    io.err(`Could not read a boundary file: ${(error as Error).message}`);
    return 2;
  }
  const readProblems: ImportProblem[] = [];
  const documents = (await Promise.all(sources.map((source) => readSource(source, standard, readProblems, io)))).flat();
  if (documents.length === 0) {
    for (const problem of readProblems) io.out(formatProblem(problem));
    io.out('\nNo feed written: nothing could be read.');
    return 2;
  }
  const result = standard === 'hsds' ? importHsds(documents, context) : importOpenActive(documents, context);
  result.problems.unshift(...readProblems);
  if (result.feed) writeFileSync(out, `${JSON.stringify(result.feed, null, 2)}\n`);
  const { lines, exitCode } = importReport(result, out);
  for (const line of lines) io.out(line);
  return exitCode;
}

runWhenExecutedDirectly(import.meta.url, main);
