/**
 * Keeps a JSON text at one byte a character in memory. A JavaScript engine keeps a string
 * at one byte a character only while every character in it fits in Latin-1: one "€",
 * "–" or "’" anywhere in a feed made the whole text two bytes a character (a city's
 * 14 MB text 28 MB, a region's 134 MB), and V8 then parses it into two-byte strings too.
 * Here such characters are written as the JSON escape `\uXXXX`, which `JSON.parse` reads
 * back as the same character: the parsed value is the same. Not when a backslash comes
 * right before one: that is a broken escape in the document, and it stays as it came.
 *
 *   const narrow = new NarrowJsonText();
 *   narrow.add(decoder.decode(chunk, { stream: true }));   // for every chunk, in order
 *   const { text, escapes } = narrow.finish();
 *   JSON.parse(text);                                      // the value of the text as sent
 *   restoreEscapes(text, escapes);                         // the text as sent, for a message that says where it broke
 */
export class NarrowJsonText {
  readonly #parts: string[] = [];
  /** Where an escape written here starts in the joined text, in order. */
  readonly #escapes: number[] = [];
  #length = 0;
  /** Backslashes at the end of the text so far: they may escape the next part's first character. */
  #trailingBackslashes = 0;

  add(part: string): void {
    // Fails at once on a one-byte string, so a chunk without such characters costs nothing.
    const narrowed = WIDE.test(part) ? this.#narrowed(part) : part;
    this.#parts.push(narrowed);
    this.#length += narrowed.length;
    const backslashes = trailingBackslashes(part);
    this.#trailingBackslashes = backslashes === part.length ? this.#trailingBackslashes + backslashes : backslashes;
  }

  /** The whole text, and where the escapes written here start in it. */
  finish(): { text: string; escapes: readonly number[] } {
    return { text: this.#parts.join(''), escapes: this.#escapes };
  }

  #narrowed(part: string): string {
    const start = this.#length;
    let grown = 0;
    const escaped = part.replace(WIDE_ALL, (character: string, offset: number) => {
      let backslashes = 0;
      while (backslashes < offset && part.charCodeAt(offset - backslashes - 1) === BACKSLASH) backslashes++;
      if (backslashes === offset) backslashes += this.#trailingBackslashes;
      if (backslashes % 2 === 1) return character;
      this.#escapes.push(start + offset + grown);
      grown += ESCAPE_LENGTH - 1;
      return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    // The escaped string is still stored two bytes a character; decoded afresh it is one.
    return WIDE.test(escaped) ? escaped : new TextDecoder().decode(new TextEncoder().encode(escaped));
  }
}

/** The text as it was sent: every escape at `escapes` back into its character. */
export function restoreEscapes(text: string, escapes: readonly number[]): string {
  if (escapes.length === 0) return text;
  const pieces: string[] = [];
  let from = 0;
  for (const at of escapes) {
    pieces.push(text.slice(from, at), String.fromCharCode(Number.parseInt(text.slice(at + 2, at + ESCAPE_LENGTH), 16)));
    from = at + ESCAPE_LENGTH;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/** A character outside Latin-1 (above U+00FF). */
const WIDE = /[\u0100-\uffff]/;
const WIDE_ALL = /[\u0100-\uffff]/g;
const BACKSLASH = 0x5c;
/** `\uXXXX` */
const ESCAPE_LENGTH = 6;

function trailingBackslashes(part: string): number {
  let count = 0;
  while (count < part.length && part.charCodeAt(part.length - count - 1) === BACKSLASH) count++;
  return count;
}
