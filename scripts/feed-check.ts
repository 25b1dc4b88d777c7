/**
 * Checks a kinderwerk feed and prints what a publisher needs to fix.
 *
 *   npm run feed:check -- public/feeds/almere.json
 *   npm run feed:check -- https://example.nl/kinderwerk/feed.json
 *
 * Exit code 0: no problems. 1: some records have problems, the feed is usable.
 * 2: the feed is unusable (not JSON, unknown format or version, broken structure) or unreadable.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fetchFeed, parseFeedJson } from '../lib/feed/fetch-feed';
import type { LoadResult } from '../lib/feed/load';
import { resolveLinkedNeighbourhoods } from '../lib/feed/linked-neighbourhoods';
import type { FeedFailure, FeedProblem, ValidationResult } from '../lib/feed/model';
import { validateFeed } from '../lib/feed/validate';
import { parseCliArgs, usageError } from './cli/args';
import { runWhenExecutedDirectly, type CliIo } from './cli/io';
import { linkedFileLoader } from './cli/linked-files';

type Checked = { ok: true; result: Extract<ValidationResult, { ok: true }> } | { ok: false; failure: FeedFailure };

const EXIT = { clean: 0, recordProblems: 1, unusable: 2 } as const;

const CLI = {
  usage: 'npm run feed:check -- <feed file or URL>',
  help: [
    'Checks a kinderwerk feed the way the app reads it (linked GeoJSON included) and lists',
    'what to fix. Exit code 0: no problems; 1: some records have problems, the feed is usable;',
    '2: the feed is unusable or unreadable.',
  ].join('\n'),
  options: {},
  maxPositionals: 1,
};

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, io, CLI);
  if (!args.ok) return args.exitCode;
  const [source] = args.positionals;
  if (!source) return usageError(io, CLI, 'Give the feed to check: a file or a URL.');
  io.out(`Feed check: ${source}\n`);
  const checked = /^https?:\/\//i.test(source) ? await checkUrl(source) : await checkFile(source);
  if (!checked.ok) {
    io.out(`The feed cannot be used (${checked.failure.code}):\n  ${checked.failure.message}\n`);
    io.out('Result: unusable. Fix the error above; apps keep showing the last good copy meanwhile.');
    return EXIT.unusable;
  }
  printReport(checked.result, io);
  return checked.result.problems.length === 0 ? EXIT.clean : EXIT.recordProblems;
}

async function checkUrl(url: string): Promise<Checked> {
  const fetched = await fetchFeed(url, {});
  if (fetched.status === 'ok') return { ok: true, result: fetched.result };
  if (fetched.status === 'failed') return { ok: false, failure: fetched.failure };
  return { ok: false, failure: { code: 'http-error', message: 'The server answered 304 Not Modified to a plain request.' } };
}

async function checkFile(path: string): Promise<Checked> {
  const file = resolve(path);
  const loaded = await readFileAsLoad(pathToFileURL(file));
  if (loaded.status !== 'ok') {
    return { ok: false, failure: { code: 'not-found', message: `${file} could not be read (${describeLoad(loaded)}).` } };
  }
  const parsed = parseFeedJson(loaded.text, file);
  if (!parsed.ok) return parsed;
  // Linked GeoJSON is found in the file's folder, or on the web when the link is a full URL.
  const resolved = await resolveLinkedNeighbourhoods(parsed.value, pathToFileURL(file), linkedFileLoader(file), ['file:', 'http:', 'https:']);
  if (!resolved.ok) return resolved;
  const result = validateFeed(resolved.feed);
  return result.ok ? { ok: true, result } : result;
}

const describeLoad = (loaded: LoadResult) => (loaded.status === 'failed' ? loaded.failure.message : loaded.status);

async function readFileAsLoad(url: URL): Promise<LoadResult> {
  try {
    return { status: 'ok', text: await readFile(url, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { status: 'failed', failure: { code: 'not-found', message: reason } };
  }
}

function printReport({ data, problems, counts }: Extract<ValidationResult, { ok: true }>, io: CliIo): void {
  io.out(`Municipality:  ${data.meta.municipality.name} (${data.meta.municipality.code})`);
  io.out(`Generated at:  ${data.meta.generatedAt}`);
  if (data.meta.example) io.out('Example data:  yes (made-up records)');
  io.out(`\n${'kind'.padEnd(16)}${'kept'.padStart(7)}${'dropped'.padStart(9)}`);
  const rows = ['buurten', 'wijken', 'organizations', 'locations', 'activities', 'huiskamers', 'contacts', 'stories'] as const;
  for (const kind of rows) {
    io.out(`${kind.padEnd(16)}${String(counts[kind].kept).padStart(7)}${String(counts[kind].dropped).padStart(9)}`);
  }
  const withoutConsent = counts.contactsWithoutConsent;
  if (withoutConsent > 0) {
    io.out(`(${plural(withoutConsent, 'contact')} without publication consent left out, as they should be.)`);
  }
  if (counts.storiesWithoutConsent > 0) {
    io.out(`(${plural(counts.storiesWithoutConsent, 'story', 'stories')} without publication consent left out, as they should be.)`);
  }

  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  printProblems('Left out (errors)', errors, io);
  printProblems('Kept, with the named part ignored (warnings)', warnings, io);
  io.out(`\nResult: ${summary(errors.length, warnings.length)}`);
}

function printProblems(title: string, problems: FeedProblem[], io: CliIo): void {
  if (problems.length === 0) return;
  io.out(`\n${title}: ${problems.length}`);
  for (const p of problems) io.out(`  ${p.path}  ${p.id !== undefined ? `(${p.id})  ` : ''}${p.reason}`);
}

function summary(errors: number, warnings: number): string {
  if (errors + warnings === 0) return 'no problems.';
  return `usable, with ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}).`;
}

const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

runWhenExecutedDirectly(import.meta.url, main);
