import { describe, expect, it } from 'vitest';
import { PDOK_TILES, TileTemplate, tilePlaceholderProblem } from '../../../lib/geo/tiles';

describe('a tile template', () => {
  it.each([PDOK_TILES, 'https://{s}.tile.example.org/{z}/{x}/{y}{r}.png', 'https://tiles.example.org/{z}/{x}/{-y}/{y}.png'])(
    'is used when the map can fill in every placeholder: %s',
    (template) => {
      expect(tilePlaceholderProblem(template)).toBeUndefined();
      expect(TileTemplate.safeParse(template).success).toBe(true);
    },
  );

  it.each([
    ['https://tiles.example.org/{TileMatrix}/{TileRow}/{z}/{x}/{y}.png', 'the map cannot fill in {TileMatrix}; use {z}, {x} and {y}, and only if needed {s}, {r} or {-y}'],
    ['https://tiles.example.org/{ zoom }/{z}/{x}/{y}.png', 'the map cannot fill in { zoom }; use {z}, {x} and {y}, and only if needed {s}, {r} or {-y}'],
    ['https://tiles.example.org/{z}/{x}.png', 'a tile address holds {z}, {x} and {y}'],
  ])('is refused, with the reason, when the map could not fill it in: %s', (template, reason) => {
    expect(tilePlaceholderProblem(template)).toBe(reason);
    expect(TileTemplate.safeParse(template).success).toBe(false);
  });
});
