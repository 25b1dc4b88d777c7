import { describe, expect, it } from 'vitest';
import { sortInSteps } from '../../../lib/query/sortInSteps';

function runAll<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  let step = steps.next();
  while (!step.done) {
    pauses += 1;
    step = steps.next();
  }
  return { value: step.value, pauses };
}

describe('sorting in steps', () => {
  const names = Array.from({ length: 3_001 }, (_, i) => ({ name: `naam ${(i * 7_919) % 1_000}`, position: i }));
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

  it('gives the order Array.sort gives, equal names kept in their original order, with pauses in between', () => {
    const { value, pauses } = runAll(sortInSteps(names, byName));
    expect(value).toEqual([...names].sort(byName));
    expect(pauses).toBeGreaterThan(10);
  });

  it('sorts short and empty lists too, and leaves the input as it was', () => {
    const input = names.slice(0, 5);
    const before = [...input];
    expect(runAll(sortInSteps(input, byName)).value).toEqual([...input].sort(byName));
    expect(input).toEqual(before);
    expect(runAll(sortInSteps([], byName)).value).toEqual([]);
  });
});
