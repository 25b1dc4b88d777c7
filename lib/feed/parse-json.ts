/**
 * JSON.parse for files a publisher made: a byte order mark is skipped, and a failure
 * says which file and, for an HTML page, what probably went wrong. Never throws.
 *
 *   const parsed = parseFeedJson(text, 'https://data.almere.nl/kinderwerk.json');
 *   if (parsed.ok) validateFeed(parsed.value);
 */
import type { FeedFailure } from './model';
import { restoreEscapes } from './narrow-json-text';

/** `escapes`: where the loader wrote characters as `\uXXXX` (load.ts); a failure names places in the text as sent. */
export function parseFeedJson(
  text: string,
  source: string,
  escapes: readonly number[] = [],
): { ok: true; value: unknown } | { ok: false; failure: FeedFailure } {
  try {
    // A byte order mark is invisible in editors but breaks JSON.parse.
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    // With escapes, parsed again as sent, for the place JSON.parse names there.
    const sent = restoreEscapes(text, escapes);
    const failed = escapes.length === 0 ? error : parseError(sent);
    const start = sent.trimStart().slice(0, 1);
    const hint = start === '<' ? ' It looks like an HTML page: check the address of the feed.' : '';
    return { ok: false, failure: { code: 'not-json', message: `${source} is not valid JSON${placeOf(failed, sent)}.${hint}` } };
  }
}

/** The error JSON.parse throws for `text`. */
function parseError(text: string): unknown {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
    return undefined;
  } catch (error) {
    return error;
  }
}

/**
 * Where JSON.parse stopped, as a line and column. Only that: its message quotes the
 * text, and a file that is not JSON (a password file a link pointed at) must never
 * be printed, not even a fragment.
 */
function placeOf(error: unknown, text: string): string {
  let position = Number(/at position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1]);
  // "Unexpected token" names no position: it is the first character, when that cannot start a JSON value.
  const first = text.search(/\S/);
  if (!Number.isInteger(position) && first >= 0 && !/[{["\-0-9tfn]/.test(text[first])) position = first;
  if (!Number.isInteger(position)) return '';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return ` (line ${line}, column ${position - before.lastIndexOf('\n')})`;
}
