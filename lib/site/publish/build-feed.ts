/**
 * The feed builder's work, the same as the feed tools': spreadsheets through
 * `importCsvBytes` (as `npm run feed:from-csv`), HSDS or OpenActive through
 * their importers (as `npm run feed:import`), an existing feed through
 * `validateFeed` (as `npm run feed:check`). The report lines come from
 * `importReport`, so the page shows what the command line prints. Runs in a
 * worker or on the page; takes and gives only what a worker can pass on.
 *
 *   const outcome = await buildFeed({ source: { kind: 'spreadsheets', files }, context: { buurten } });
 *   outcome.lines;   // ['error   activiteiten.csv row 3, column "leeftijd": …', '', 'Wrote feed.json: …']
 *   outcome.feed;    // the feed to download, or undefined
 */
import { resolveLinkedNeighbourhoods } from '../../feed/linked-neighbourhoods';
import type { FeedCounts } from '../../feed/model';
import { validateFeed } from '../../feed/validate';
import { importCsvBytes, type CsvBytes } from '../../interop/csv-bytes';
import { fetchSourcePages, type SourceStandard } from '../../interop/fetch-source';
import type { ImportResult } from '../../interop/finish-import';
import { importHsds } from '../../interop/hsds-import';
import type { ImportContext } from '../../interop/import-context';
import type { ImportProblem } from '../../interop/import-problem';
import { importReport, type ExitCode } from '../../interop/import-report';
import type { SourceDocument } from '../../interop/json-read';
import { importOpenActive } from '../../interop/openactive-import';
import { PAGE_HINTS } from './page-hints';

/** The name the report gives the result: the file the Download button saves. */
export const FEED_FILE_NAME = 'feed.json';

export type PublishSource =
  | { kind: 'spreadsheets'; files: CsvBytes[] }
  | { kind: 'documents'; standard: SourceStandard; documents: SourceDocument[] }
  | { kind: 'address'; standard: SourceStandard; url: string }
  | { kind: 'feed'; name: string; json: unknown };

/** The ImportContext without its functions and hints: what the page's fields and boundaries give. */
export type PublishContext = Omit<ImportContext, 'hints' | 'now' | 'skipValidation'>;

export interface PublishRequest {
  source: PublishSource;
  context: PublishContext;
  /** Problems found before the build (files that could not be read), reported with the rest. */
  problems?: ImportProblem[];
}

export interface PublishOutcome {
  feed?: Record<string, unknown>;
  problems: ImportProblem[];
  /** The report as `npm run feed:from-csv` prints it. */
  lines: string[];
  exitCode: ExitCode;
  /** Kept and dropped per kind, as `npm run feed:check` counts them; undefined without a feed. */
  counts?: FeedCounts;
  /** The feed with linked boundaries put in, for a preview; undefined when it has none linked. */
  preview?: unknown;
}

async function importSource(source: PublishSource, context: ImportContext): Promise<ImportResult> {
  switch (source.kind) {
    case 'spreadsheets':
      return importCsvBytes(source.files, context);
    case 'documents':
      return (source.standard === 'hsds' ? importHsds : importOpenActive)(source.documents, context);
    case 'address': {
      const fetched = await fetchSourcePages(source.url, source.standard);
      if (fetched.documents.length === 0) return { problems: fetched.problems };
      const result = (source.standard === 'hsds' ? importHsds : importOpenActive)(fetched.documents, context);
      return { ...result, problems: [...fetched.problems, ...result.problems] };
    }
    case 'feed':
      return checkExistingFeed(source.name, source.json, context);
  }
}

/**
 * Boundaries the feed links to (`{ "url": "buurten.geojson" }`) are looked up among
 * the files chosen with it, by name: on the page there is no folder to look in.
 */
function chosenBoundaries(context: ImportContext) {
  const chosen = new Map<string, unknown>();
  if (context.buurtenFile) chosen.set(context.buurtenFile, context.buurten);
  if (context.wijkenFile) chosen.set(context.wijkenFile, context.wijken);
  return async (url: URL) => {
    const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
    return chosen.has(name)
      ? { status: 'ok' as const, text: JSON.stringify(chosen.get(name)) }
      : { status: 'failed' as const, failure: { code: 'not-found' as const, message: `the feed links to ${name}; choose that file together with the feed` } };
  };
}

/** An existing feed is published as it is; its problems are named by file, path and id. */
async function checkExistingFeed(name: string, json: unknown, context: ImportContext): Promise<ImportResult> {
  const resolved = await resolveLinkedNeighbourhoods(json, 'file:///chosen/', chosenBoundaries(context), ['file:']);
  const checked = resolved.ok ? validateFeed(resolved.feed) : resolved;
  if (!checked.ok) return { problems: [{ severity: 'error', file: name, reason: checked.failure.message }] };
  const problems = checked.problems.map(({ severity, path, id, reason }): ImportProblem => ({ severity, file: name, path, ...(id ? { id } : {}), reason }));
  return { feed: json as Record<string, unknown>, problems };
}

export async function buildFeed({ source, context, problems = [] }: PublishRequest): Promise<PublishOutcome> {
  const imported = await importSource(source, { ...context, hints: PAGE_HINTS });
  const result: ImportResult = { ...imported, problems: [...problems, ...imported.problems] };
  const { lines, exitCode } = importReport(result, FEED_FILE_NAME);
  return { feed: result.feed, problems: result.problems, lines, exitCode, ...(await countKept(result.feed, context)) };
}

/** Kept and dropped per kind, as `npm run feed:check` would count the feed. */
async function countKept(feed: Record<string, unknown> | undefined, context: ImportContext): Promise<Pick<PublishOutcome, 'counts' | 'preview'>> {
  if (!feed) return {};
  const resolved = await resolveLinkedNeighbourhoods(feed, 'file:///chosen/', chosenBoundaries(context), ['file:']);
  if (!resolved.ok) return {};
  const checked = validateFeed(resolved.feed);
  return { ...(checked.ok ? { counts: checked.counts } : {}), ...(resolved.feed !== feed ? { preview: resolved.feed } : {}) };
}
