import { describe, expect, it } from 'vitest';
import { createContentHash } from '../../../lib/feed/content-hash';

const bytes = (text: string) => new TextEncoder().encode(text);

function hashOf(...chunks: string[]): string {
  const hash = createContentHash();
  for (const chunk of chunks) hash.update(bytes(chunk));
  return hash.digest();
}

describe('createContentHash', () => {
  it('gives the same file the same hash, however the download was cut into chunks', () => {
    const feed = '{"activities":[{"name":"Voetbal op het plein"}]}';
    expect(hashOf(feed)).toBe(hashOf(feed.slice(0, 7), feed.slice(7, 30), feed.slice(30)));
    expect(hashOf(feed)).toMatch(/^\d+-[0-9a-f]{16}$/);
  });

  it('tells files apart that differ in one byte, in order or in length', () => {
    const seen = new Set([
      hashOf('{"remainingPlaces":1}'),
      hashOf('{"remainingPlaces":0}'),
      hashOf('{"a":1,"b":2}'),
      hashOf('{"b":2,"a":1}'),
      hashOf('{"a":1} '),
      hashOf(''),
    ]);
    expect(seen.size).toBe(6);
  });
});

describe('createContentHash over chunks of any size and alignment', () => {
  it('gives the same hash for chunks cut anywhere, starting on a word or not', () => {
    let seed = 3;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const body = new Uint8Array(5_000).map(() => Math.floor(next() * 256));
    const whole = createContentHash();
    whole.update(body);
    const expected = whole.digest();
    for (let round = 0; round < 200; round++) {
      const hash = createContentHash();
      let from = 0;
      while (from < body.length) {
        const to = Math.min(body.length, from + 1 + Math.floor(next() * 700));
        // Every other chunk as a view that does not start on a word of its buffer.
        const chunk = round % 2 === 0 ? body.slice(from, to) : new Uint8Array([0, ...body.subarray(from, to)]).subarray(1);
        hash.update(chunk);
        from = to;
      }
      expect(hash.digest()).toBe(expected);
    }
  });

  it('can still be updated after a digest, and counts the bytes of an unfinished word', () => {
    const hash = createContentHash();
    hash.update(bytes('{"a":1'));
    const early = hash.digest();
    hash.update(bytes('}'));
    expect(hash.digest()).toBe(hashOf('{"a":1}'));
    expect(early).toBe(hashOf('{"a":1'));
    expect(new Set([hashOf('a'), hashOf('a\0'), hashOf('a\0\0'), hashOf('a\0\0\0')]).size).toBe(4);
  });
});
