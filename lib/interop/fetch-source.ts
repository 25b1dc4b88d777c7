/**
 * An HSDS or OpenActive source read from its address, page by page, with the
 * widget's limits: 15 s for each page, 80 MB for all pages together. A source
 * read only in part is not used at all. `npm run feed:import` and the feed
 * builder page both read addresses with this.
 *
 *   const { documents, problems } = await fetchSourcePages('https://example.org/api/services', 'hsds');
 */
import { fetchHsdsPages, fetchRpdePages, type FetchedPages } from './fetch-pages';
import { limitedFetch } from './limited-fetch';

export type SourceStandard = 'hsds' | 'openactive';

export async function fetchSourcePages(url: string, standard: SourceStandard, doFetch?: typeof fetch): Promise<FetchedPages> {
  const pages = limitedFetch(doFetch ? { fetch: doFetch } : {});
  const fetched = await (standard === 'hsds' ? fetchHsdsPages : fetchRpdePages)(url, { fetch: pages.fetch });
  const failure = pages.failure();
  if (failure) return { documents: [], problems: [{ severity: 'error', file: url, reason: `${failure.message} Nothing of this source was read` }] };
  return fetched;
}
