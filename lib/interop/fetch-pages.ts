/**
 * Downloads a paged source with `fetch` (in the browser and in Node): an HSDS API
 * list, following `page_number`/`total_pages` with `?page=N`, or OpenActive RPDE
 * pages, following `next` until a page comes back empty. Each page is returned
 * as a document named by its URL, so problems point at the page they are on.
 *
 *   const { documents, problems } = await fetchHsdsPages('https://example.org/api/services');
 *   const { documents } = await fetchRpdePages('https://example.org/feeds/session-series');
 */
import type { SourceDocument } from './hsds-read';
import type { ImportProblem } from './import-problem';
import { asArray, asNumber, asRecord, asRecords, asString } from './json-read';

export interface FetchPagesOptions {
  fetch?: typeof fetch;
  /** Stop after this many pages (a broken `next` link must not loop for ever). */
  maxPages?: number;
  signal?: AbortSignal;
  /** The first page when the caller already has it (it was fetched to detect the format). */
  firstPage?: unknown;
}

export interface FetchedPages {
  documents: SourceDocument[];
  problems: ImportProblem[];
}

async function getJson(url: string, options: FetchPagesOptions, first = false): Promise<{ json?: unknown; problem?: ImportProblem }> {
  if (first && options.firstPage !== undefined) return { json: options.firstPage };
  const doFetch = options.fetch ?? fetch;
  try {
    const response = await doFetch(url, { headers: { accept: 'application/json' }, signal: options.signal });
    if (!response.ok) return { problem: { severity: 'error', file: url, reason: `the server answered HTTP ${response.status}; check the address` } };
    const text = await response.text();
    try {
      return { json: JSON.parse(text) };
    } catch {
      return { problem: { severity: 'error', file: url, reason: 'the answer is not JSON; check that the address points at the data, not at a web page' } };
    }
  } catch (error) {
    return { problem: { severity: 'error', file: url, reason: `could not download: ${(error as Error).message}` } };
  }
}

function withPage(url: string, page: number): string {
  const next = new URL(url);
  next.searchParams.set('page', String(page));
  return next.toString();
}

/** A list page of summaries only (the API's default): the full service is fetched per id. */
function holdsSummaries(json: unknown): boolean {
  const contents = asRecords(asRecord(json)?.contents);
  return contents.length > 0 && contents.every((item) => !('service_at_locations' in item) && !('schedules' in item));
}

/**
 * The loop both formats share: fetch a page, let `read` keep what it holds and
 * name the next page (undefined: this was the last), stop at the first failure
 * or after `maxPages`.
 */
async function followPages(
  url: string,
  options: FetchPagesOptions,
  maxPages: number,
  read: (json: unknown, pageUrl: string, keep: FetchedPages) => Promise<string | undefined>,
): Promise<FetchedPages> {
  const fetched: FetchedPages = { documents: [], problems: [] };
  let pageUrl = url;
  for (let count = 0; count < maxPages; count++) {
    const { json, problem } = await getJson(pageUrl, options, count === 0);
    if (problem) {
      fetched.problems.push(problem);
      break;
    }
    const next = await read(json, pageUrl, fetched);
    if (next === undefined) break;
    pageUrl = next;
    if (count === maxPages - 1) {
      fetched.problems.push({ severity: 'warning', file: url, reason: `stopped after ${maxPages} pages; the rest was not read` });
    }
  }
  return fetched;
}

export function fetchHsdsPages(url: string, options: FetchPagesOptions = {}): Promise<FetchedPages> {
  const seen = new Set<string>();
  let asked: number | undefined;
  return followPages(url, options, options.maxPages ?? 100, async (json, pageUrl, { documents, problems }) => {
    const page = asRecord(json);
    // A static file (service_list.json) answers page 1 to every ?page=N: stop when a page repeats or does not advance.
    const number = asNumber(page?.page_number);
    const text = JSON.stringify(json);
    if (seen.has(text) || (asked !== undefined && number !== undefined && number < asked)) {
      const answered = number !== undefined && asked !== undefined ? `page ${number} when page ${asked} was asked for` : 'a page it had sent before';
      problems.push({ severity: 'warning', file: pageUrl, reason: `the server answered ${answered} (a static file ignores ?page=); paging stopped there` });
      return undefined;
    }
    seen.add(text);
    if (page && holdsSummaries(json) && /\/services\/?$/.test(new URL(url).pathname)) {
      documents.push(...(await fetchFullServices(url, asRecords(page.contents), options, problems)));
    } else {
      documents.push({ name: pageUrl, json });
    }
    const total = asNumber(page?.total_pages);
    const empty = asArray(page?.contents)?.length === 0;
    if (!page || number === undefined || total === undefined || number >= total || empty || page.last_page === true) return undefined;
    asked = number + 1;
    return withPage(url, asked);
  });
}

async function fetchFullServices(listUrl: string, summaries: Record<string, unknown>[], options: FetchPagesOptions, problems: ImportProblem[]) {
  const base = listUrl.replace(/\?.*$/, '').replace(/\/$/, '');
  const documents: SourceDocument[] = [];
  for (const summary of summaries) {
    const id = asString(summary.id);
    if (!id) continue;
    const serviceUrl = `${base}/${encodeURIComponent(id)}`;
    const { json, problem } = await getJson(serviceUrl, options);
    if (problem) problems.push(problem);
    else documents.push({ name: serviceUrl, json });
  }
  return documents;
}

export function fetchRpdePages(url: string, options: FetchPagesOptions = {}): Promise<FetchedPages> {
  return followPages(url, options, options.maxPages ?? 1000, async (json, pageUrl, { documents }) => {
    documents.push({ name: pageUrl, json });
    const page = asRecord(json);
    const items = asArray(page?.items);
    const next = asString(page?.next);
    // RPDE: the last page is empty and its `next` points at itself, to be polled later.
    if (!items || items.length === 0 || !next) return undefined;
    const nextUrl = new URL(next, pageUrl).toString();
    return nextUrl === pageUrl ? undefined : nextUrl;
  });
}
