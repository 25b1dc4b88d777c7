/**
 * JSON.parse for files a publisher made: a byte order mark is skipped, and a failure
 * says which file and, for an HTML page, what probably went wrong. Never throws.
 *
 *   const parsed = parseFeedJson(text, 'https://data.almere.nl/kinderwerk.json');
 *   if (parsed.ok) validateFeed(parsed.value);
 */
import type { FeedFailure } from './model';

export function parseFeedJson(
  text: string,
  source: string,
): { ok: true; value: unknown } | { ok: false; failure: FeedFailure } {
  try {
    // A byte order mark is invisible in editors but breaks JSON.parse.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const start = text.trimStart().slice(0, 1);
    const hint = start === '<' ? ' It looks like an HTML page: check the address of the feed.' : '';
    return {
      ok: false,
      failure: { code: 'not-json', message: `${source} is not valid JSON (${(error as Error).message}).${hint}` },
    };
  }
}
