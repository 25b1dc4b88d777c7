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
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFeedText, type LoadResult } from '../lib/feed/load';
import { resolveLinkedNeighbourhoods } from '../lib/feed/linked-neighbourhoods';
import { validateFeed } from '../lib/feed/validate';
import { parseArgs } from '../lib/interop/cli-options';
import { exportHsds } from '../lib/interop/hsds-export';
import { formatProblem, type ImportProblem } from '../lib/interop/import-problem';

const USAGE = 'Usage: npm run feed:export -- hsds <feed.json> --out <folder>';

async function readLinked(url: URL): Promise<LoadResult> {
  if (url.protocol !== 'file:') return loadFeedText(url.href);
  try {
    return { status: 'ok', text: await readFile(url, 'utf8') };
  } catch (error) {
    return { status: 'failed', failure: { code: 'not-found', message: (error as Error).message } };
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const [standard, source] = args.positionals;
  const out = args.options.out;
  if (args.flags.has('help') || standard !== 'hsds' || !source || !out) {
    console.error(USAGE);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    console.log(`${source} could not be read as JSON: ${(error as Error).message}`);
    return 2;
  }
  const resolved = await resolveLinkedNeighbourhoods(json, pathToFileURL(resolve(source)), readLinked, ['file:', 'http:', 'https:']);
  const result = resolved.ok ? validateFeed(resolved.feed) : resolved;
  if (!result.ok) {
    console.log(`The feed cannot be used (${result.failure.code}): ${result.failure.message}\nNothing was exported.`);
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
  for (const problem of problems) console.log(formatProblem(problem));
  if (problems.length > 0) console.log('');
  const { files } = exported;
  console.log(
    `Wrote ${out}: ${files['organizations.json'].total_items} organizations, ${files['services.json'].total_items} services, ` +
      `${files['locations.json'].total_items} locations (HSDS 3.0).`,
  );
  console.log(problems.length === 0 ? 'No problems.' : `${problems.length} problem(s): the records named above were not exported as they are.`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
