/**
 * Ids for imported records. Spreadsheet rows without an id get one made from
 * their name; ids from other standards (UUIDs are fine, OpenActive uses URLs)
 * are made to fit the feed's id rule (letters, digits, `-`, `_`, `.`, `:`,
 * at most 100 characters).
 *
 *   slugId('Buurthuis De Schakel');                              // 'buurthuis-de-schakel'
 *   feedId('https://example.org/api/session-series/1402');      // 'example.org:api:session-series:1402'
 */

const ID_RULE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;

function isFeedId(value: string): boolean {
  return ID_RULE.test(value);
}

/** A short stable hash (FNV-1a, base 36), so long ids stay unique when shortened. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** A lower-case id from a name: accents dropped, other characters become "-". */
function slugId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Source ids are cleaned from this many characters at most; a longer one ends in a hash of all of it. */
const SOURCE_ID_READ = 200;

/** Any source id made into a feed id; unchanged when it already fits. */
export function feedId(source: string): string {
  if (isFeedId(source)) return source;
  let cleaned = source
    .slice(0, SOURCE_ID_READ)
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#=&]+/g, ':')
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '');
  // ":" and "-" off the end in a loop: as a regex, "[:-]+$" backtracks over every run it meets.
  let end = cleaned.length;
  while (end > 0 && (cleaned[end - 1] === ':' || cleaned[end - 1] === '-')) end--;
  cleaned = cleaned.slice(0, end);
  const fitted = cleaned.length <= 100 && source.length <= SOURCE_ID_READ ? cleaned : `${cleaned.slice(0, 90)}-${shortHash(source)}`;
  return isFeedId(fitted) ? fitted : `id-${shortHash(source)}`;
}

/** Hands out ids that are unique within one kind: `name`, `name-2`, `name-3`, ... */
export class IdAllocator {
  private readonly used = new Set<string>();
  /** Per base, the number `fresh` tries next, so a thousand rows of one name do not count up from 2 each time. */
  private readonly next = new Map<string, number>();

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Claims an id given by the publisher; false when it is already taken. */
  claim(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  /** A new id from a base (a name, a source id), made unique. */
  fresh(base: string, fallback: string): string {
    const root = slugId(base) || fallback;
    let id = root;
    let n = this.next.get(root) ?? 2;
    while (this.used.has(id)) id = `${root}-${n++}`;
    this.next.set(root, n);
    this.used.add(id);
    return id;
  }
}
