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
