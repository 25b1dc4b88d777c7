/**
 * Direct use: an Open Referral HSDS or OpenActive URL given to the widget or the
 * extension as its feed. The feed loader has read the first page and detected the
 * format; this follows the remaining pages and loads the buurten with the feed's
 * limits, then converts everything to a kinderwerk feed, which the loader
 * validates like any other.
 *
 *   const direct = await convertDirectSource(
 *     { url, format: 'hsds', firstPage: json, firstPageBytes: text.length },
 *     { buurtenUrl: 'https://almere.example.org/buurten.geojson' },
 *     { timeoutMs: 10_000 },
 *   );
 *   if (direct.ok) validateFeedInChunks(direct.feed);
 */
import { loadFeedText, type LoadOptions } from '../feed/load';
import { loadLinkedGeoJson } from '../feed/linked-neighbourhoods';
import type { FeedFailure, FeedProblem } from '../feed/model';
import { WIDGET_HINTS } from './context-hints';
import { fetchHsdsPages, fetchRpdePages } from './fetch-pages';
import { problemPlace, type ImportProblem } from './import-problem';
import type { ConvertSettings } from './convert-settings';
import { limitedFetch } from './limited-fetch';
import { runStepsInSlices } from '../steps';
import { asFeedProblems, convertToKinderwerkSteps } from './to-kinderwerk';

export type { ConvertSettings } from './convert-settings';

export interface DirectSource {
  url: string;
  format: 'hsds' | 'openactive';
  firstPage: unknown;
  /** Size of the first page, counted against the feed's size cap. */
  firstPageBytes: number;
}

export type DirectFeed =
  | { ok: true; feed: unknown; problems: FeedProblem[] }
  | { ok: false; failure: FeedFailure };

const FORMAT_NAMES = { hsds: 'Open Referral HSDS data', openactive: 'OpenActive data' } as const;

/** The fatal problems shown in one failure message; the rest are usually consequences. */
const SHOWN_REASONS = 5;

export async function convertDirectSource(source: DirectSource, settings: ConvertSettings, limits: LoadOptions): Promise<DirectFeed> {
  const pageFetch = limitedFetch(limits, source.firstPageBytes);
  const follow = source.format === 'hsds' ? fetchHsdsPages : fetchRpdePages;
  const pages = await follow(source.url, { firstPage: source.firstPage, fetch: pageFetch.fetch });
  const pageFailure = pageFetch.failure();
  if (pageFailure) return { ok: false, failure: pageFailure };

  const buurten = await loadBoundaries('buurten', settings.buurtenUrl, source.url, limits);
  if (!buurten.ok) return buurten;
  const wijken = await loadBoundaries('wijken', settings.wijkenUrl, source.url, limits);
  if (!wijken.ok) return wijken;

  // Thousands of services take a second or more to convert: in slices, so the host page keeps answering.
  const converted = await runStepsInSlices(convertToKinderwerkSteps(pages.documents, source.format, {
    municipality: { code: settings.municipalityCode, name: settings.municipalityName },
    ...(buurten.json !== undefined && { buurten: buurten.json, buurtenFile: buurten.href }),
    ...(wijken.json !== undefined && { wijken: wijken.json, wijkenFile: wijken.href }),
    hints: WIDGET_HINTS,
  }));
  const problems = [...pages.problems, ...converted.problems];
  if (converted.feed === undefined) return { ok: false, failure: notConverted(source, problems) };
  return { ok: true, feed: converted.feed, problems: asFeedProblems(problems) };
}

type LoadedBoundaries = { ok: true; json?: unknown; href?: string } | { ok: false; failure: FeedFailure };

/** The buurten or wijken the settings name, relative to the source's address. */
async function loadBoundaries(
  part: 'buurten' | 'wijken',
  address: string | undefined,
  sourceUrl: string,
  limits: LoadOptions,
): Promise<LoadedBoundaries> {
  if (!address) return { ok: true };
  const loaded = await loadLinkedGeoJson(address, sourceUrl, (url) => loadFeedText(url.href, limits), part);
  return loaded.ok ? { ok: true, json: loaded.json, href: loaded.url.href } : loaded;
}

/** Says what the source is and what is missing to show it: the page's errors, not the records'. */
function notConverted(source: DirectSource, problems: readonly ImportProblem[]): FeedFailure {
  const fatal = problems.filter((problem) => problem.severity === 'error' && !problem.path);
  const reasons = fatal.slice(0, SHOWN_REASONS).map((problem) => {
    const place = problemPlace(problem);
    return place ? `${place}: ${problem.reason}` : problem.reason;
  });
  const more = fatal.length > SHOWN_REASONS ? `; and ${fatal.length - SHOWN_REASONS} more` : '';
  return {
    code: 'unknown-format',
    message: `${source.url} holds ${FORMAT_NAMES[source.format]}, which could not be made into a kinderwerk feed: ${reasons.join('; ')}${more}.`,
  };
}
