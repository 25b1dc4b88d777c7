/**
 * npm run feed:export -- hsds <feed.json> --out hsds/
 *
 * Writes a kinderwerk feed as Open Referral HSDS 3.0 JSON: index.json,
 * organizations.json, services.json (fully nested services) and locations.json
 * (see lib/interop/hsds-export.ts and docs/feed-tools.md). The feed is validated
 * first; records validation leaves out are not exported and are listed.
 * Exit code 0: complete, 1: written with problems, 2: nothing written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFeedJson } from '../lib/feed/parse-json';
import { resolveLinkedNeighbourhoods } from '../lib/feed/linked-neighbourhoods';
import { validateFeed } from '../lib/feed/validate';
import { exportHsds } from '../lib/interop/hsds-export';
import { formatProblem, type ImportProblem } from '../lib/interop/import-problem';
import { parseCliArgs, usageError } from './cli/args';
import { runWhenExecutedDirectly, type CliIo } from './cli/io';
import { linkedFileLoader } from './cli/linked-files';

const CLI = {
  usage: 'npm run feed:export -- hsds <feed.json> --out <folder>',
  help: [
    'Writes the feed as Open Referral HSDS 3.0 JSON: index.json, organizations.json, services.json',
    'and locations.json in the folder. Exit code 0: complete; 1: written with problems; 2: nothing written.',
  ].join('\n'),
  options: { out: { type: 'string' } },
  maxPositionals: 2,
} as const;

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, io, CLI);
  if (!args.ok) return args.exitCode;
  const [standard, source] = args.positionals;
  const out = args.values.out;
  if (standard !== 'hsds') {
    return usageError(io, CLI, standard ? `Unknown standard '${standard}': only hsds can be exported.` : 'Give the standard to export to: hsds.');
  }
  if (!source) return usageError(io, CLI, 'Give the feed to export.');
  if (!out) return usageError(io, CLI, 'Give the folder to write to: --out <folder>.');
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    io.out(`${source} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    return 2;
  }
  const parsed = parseFeedJson(text, source);
  if (!parsed.ok) {
    io.out(`${parsed.failure.message}\nNothing was exported.`);
    return 2;
  }
  const resolved = await resolveLinkedNeighbourhoods(parsed.value, pathToFileURL(resolve(source)), linkedFileLoader(source), ['file:', 'http:', 'https:']);
  const result = resolved.ok ? validateFeed(resolved.feed) : resolved;
  if (!result.ok) {
    io.out(`The feed cannot be used (${result.failure.code}): ${result.failure.message}\nNothing was exported.`);
    return 2;
  }
  const exported = exportHsds(result.data);
  const problems: ImportProblem[] = [
    ...result.problems.map((p) => ({ severity: p.severity, path: p.path, ...(p.id ? { id: p.id } : {}), reason: p.reason })),
    ...exported.problems,
  ];
  mkdirSync(out, { recursive: true });
  for (const [name, content] of Object.entries(exported.files)) {
    writeFileSync(join(out, name), `${JSON.stringify(content, null, 2)}\n`);
  }
  for (const problem of problems) io.out(formatProblem(problem));
  if (problems.length > 0) io.out('');
  const { files } = exported;
  io.out(
    `Wrote ${out}: ${files['organizations.json'].total_items} organizations, ${files['services.json'].total_items} services, ` +
      `${files['locations.json'].total_items} locations (HSDS 3.0).`,
  );
  io.out(problems.length === 0 ? 'No problems.' : `${problems.length} problem(s): the records named above were not exported as they are.`);
  return problems.length === 0 ? 0 : 1;
}

runWhenExecutedDirectly(import.meta.url, main);
