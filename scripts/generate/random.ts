/**
 * A small seeded random number generator (sfc32), so a generated feed is the same
 * for the same seed on every machine and Node version. Math.random cannot be seeded.
 *
 *   const random = createRandom('city-1');
 *   random.int(4, 12);                 // 4 … 12, both included
 *   random.pick(['MO', 'TU', 'WE']);   // one of them
 *   random.chance(0.8);                // true four times out of five
 */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** One item, where an item with weight 2 comes up twice as often as one with weight 1. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  chance(probability: number): boolean;
  /** `count` different items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** Turns a seed text into four 32-bit words (cyrb128), so "1" and "2" give unrelated streams. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export function createRandom(seed: string | number): Random {
  let [a, b, c, d] = seedWords(String(seed));
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const result = (t + d) | 0;
    c = (c + result) | 0;
    return (result >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still echo the seed; throw a few away.
  for (let i = 0; i < 12; i++) next();

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted(items) {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return items[items.length - 1][0];
    },
    chance: (probability) => next() < probability,
    sample(items, count) {
      const copy = items.slice();
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

/**
 * Draws items in proportion to their weights, many times: the cumulative weights are
 * summed once and each draw is a binary search, so 100,000 draws stay cheap.
 *
 *   const drawBuurt = weightedPicker(buurten, (b) => b.weight, random);
 *   drawBuurt();
 */
export function weightedPicker<T>(items: readonly T[], weightOf: (item: T) => number, random: Random): () => T {
  if (items.length === 0) throw new Error('weightedPicker needs at least one item');
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) cumulative.push((total += Math.max(0, weightOf(item))));
  return () => {
    const roll = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > roll) high = middle;
      else low = middle + 1;
    }
    return items[low];
  };
}
