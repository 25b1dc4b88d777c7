import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { NarrowJsonText, restoreEscapes } from '../../../lib/feed/narrow-json-text';

/** The text in parts cut at the given places, as the chunks of a download come. */
function narrowed(text: string, cuts: number[]) {
  const narrow = new NarrowJsonText();
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    narrow.add(text.slice(from, cut));
    from = cut;
  }
  return narrow.finish();
}

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', ' ', '"', '\\', '\\\\', '\\"', '\\u20ac', 'é', 'ÿ', '€', '–', '’', 'Ā', '😀', '\n', '{', '}', '[', ']', ':', ',', '0', 'true'];

const outcome = (text: string) => {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { failed: true };
  }
};

function randomCuts(next: () => number, length: number): number[] {
  return Array.from({ length: Math.floor(next() * 4) }, () => Math.floor(next() * length)).sort((a, b) => a - b);
}

describe('a JSON text kept at one byte a character', () => {
  it('parses to the value of the text as sent, whatever the characters and wherever the chunks were cut', () => {
    const next = random(7);
    for (let round = 0; round < 3_000; round++) {
      const value = { naam: Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join(''), lijst: ['€ 2,50', 'Zoë', '😀'] };
      const sent = JSON.stringify(value);
      const { text, escapes } = narrowed(sent, randomCuts(next, sent.length));
      expect(JSON.parse(text)).toEqual(value);
      expect(text).not.toMatch(/[\u0100-\uffff]/);
      expect(restoreEscapes(text, escapes)).toBe(sent);
    }
  });

  it('leaves a broken document broken, also a backslash right before a wide character, and restores the text as sent', () => {
    const next = random(11);
    for (let round = 0; round < 3_000; round++) {
      const sent = `{"a":"${Array.from({ length: 1 + Math.floor(next() * 8) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('')}"}`;
      const { text, escapes } = narrowed(sent, randomCuts(next, sent.length));
      expect(outcome(text)).toEqual(outcome(sent));
      expect(restoreEscapes(text, escapes)).toBe(sent);
    }
    // A backslash right before "€", also one that ended the chunk before: a broken escape either way.
    for (const cuts of [[], [7], [6]]) {
      const { text, escapes } = narrowed('{"a":"\\€"}', cuts);
      expect(() => JSON.parse(text)).toThrow();
      expect(restoreEscapes(text, escapes)).toBe('{"a":"\\€"}');
    }
  });

  it('takes one byte a character where the text as sent took two, because of one character outside Latin-1', () => {
    // V8's serializer writes a string as it is stored: one byte or two a character.
    const storedBytes = (text: string) => serialize(text).byteLength;
    const chunk = JSON.stringify({ description: 'Samen sporten en bewegen op je eigen niveau. '.repeat(20_000) });
    const parts = [chunk, JSON.stringify({ kosten: '€ 2,50' }), chunk];
    const sent = parts.join('');
    const narrow = new NarrowJsonText();
    for (const part of parts) narrow.add(part);
    const { text, escapes } = narrow.finish();
    expect(storedBytes(sent)).toBeGreaterThan(sent.length * 2);
    expect(storedBytes(text)).toBeLessThan(text.length * 1.01);
    expect(restoreEscapes(text, escapes)).toBe(sent);
  });
});
