/**
 * Direct use: the widget and the extension accept an HSDS or OpenActive URL as
 * their feed. These functions detect the format from the content and convert it
 * in the browser (no Node APIs here). A kinderwerk feed passes through untouched.
 * The result is not validated: the loader validates it like any feed.
 *
 *   const json = await response.json();
 *   const { format, feed, problems } = toKinderwerkFeed(json, {
 *     municipality: { code: 'GM0034', name: 'Almere' },
 *     buurten: buurtenGeoJson,                // or buurtenUrl: 'https://.../buurten.geojson'
 *   });
 *
 *   // Paged sources (HSDS API pages, RPDE `next` links) are followed from the URL:
 *   const converted = await loadAsKinderwerkFeed('https://example.org/api/services', context);
 */
import { detectFeedFormat, type FeedFormat } from './detect-format';
import { fetchHsdsPages, fetchRpdePages, type FetchPagesOptions } from './fetch-pages';
import type { SourceDocument } from './hsds-read';
import { importHsds } from './hsds-import';
import type { ImportContext } from './import-context';
import type { FeedProblem } from '../feed/model';
import { problemPlace, type ImportProblem } from './import-problem';
import { importOpenActive } from './openactive-import';

export type { FeedFormat } from './detect-format';

/** What a page knows that the source does not: the municipality and its buurten. */
export type DirectContext = Pick<
  ImportContext,
  'municipality' | 'buurten' | 'buurtenFile' | 'wijken' | 'wijkenFile' | 'buurtenUrl' | 'wijkenUrl' | 'publisher' | 'license' | 'now' | 'hints'
>;

export interface Converted {
  format: FeedFormat;
  /** A kinderwerk feed (not yet validated), or undefined when none could be made. */
  feed?: unknown;
  /** What the conversion could not map, with the path and id in the source. */
  problems: ImportProblem[];
}

/** Converts documents of a known format; several documents are the pages of one source. */
export function convertToKinderwerk(documents: unknown, format: FeedFormat, context: DirectContext): Converted {
  const list: SourceDocument[] = Array.isArray(documents) && documents.every((d) => d && typeof d === 'object' && 'json' in d)
    ? (documents as SourceDocument[])
    : [{ json: documents }];
  const importContext: ImportContext = { ...context, skipValidation: true };
  switch (format) {
    case 'kinderwerk':
      return { format, feed: list[0]?.json, problems: [] };
    case 'hsds': {
      const result = importHsds(list, importContext);
      return { format, feed: result.feed, problems: result.problems };
    }
    case 'openactive': {
      const result = importOpenActive(list, importContext);
      return { format, feed: result.feed, problems: result.problems };
    }
    default:
      return {
        format,
        problems: [{ severity: 'error', reason: 'this is not a kinderwerk feed, Open Referral HSDS 3.0 or OpenActive data; check the feed address' }],
      };
  }
}

/** Detects the format of one document and converts it: what a feed loader calls after `response.json()`. */
export function toKinderwerkFeed(json: unknown, context: DirectContext = {}): Converted {
  return convertToKinderwerk(json, detectFeedFormat(json), context);
}

/** Fetches a URL, detects the format and, for HSDS and OpenActive, follows the pages before converting. */
export async function loadAsKinderwerkFeed(url: string, context: DirectContext = {}, options: FetchPagesOptions = {}): Promise<Converted> {
  const first = await fetchRpdePages(url, { ...options, maxPages: 1 });
  const json = first.documents[0]?.json;
  if (!json) return { format: 'unknown', problems: first.problems };
  const format = detectFeedFormat(json);
  if (format === 'kinderwerk' || format === 'unknown') return convertToKinderwerk(json, format, context);
  const rest = { ...options, firstPage: json };
  const pages = format === 'hsds' ? await fetchHsdsPages(url, rest) : await fetchRpdePages(url, rest);
  const converted = convertToKinderwerk(pages.documents, format, context);
  return { ...converted, problems: [...pages.problems, ...converted.problems] };
}

/** Conversion problems in the shape feed validation reports, so the app can list them with the others. */
export function asFeedProblems(problems: readonly ImportProblem[]): FeedProblem[] {
  return problems.map((problem) => ({
    path: problemPlace({ ...problem, id: undefined }) || '(source)',
    ...(problem.id ? { id: problem.id } : {}),
    reason: problem.reason,
    severity: problem.severity,
  }));
}
