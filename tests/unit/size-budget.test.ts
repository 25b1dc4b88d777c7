import { describe, expect, it } from 'vitest';
import { overBudget } from '../../bench/size-budget';

describe('the widget size budget message', () => {
  it('names the file, its size and how to update the budget when a file grows too much', () => {
    const problems = overBudget({ 'kinderwerk-kaart.js': 110_000 }, { note: '', gzip: { 'kinderwerk-kaart.js': 100_000 } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('kinderwerk-kaart.js is 107.4 KB gzipped, 10.0% over its budget of 97.7 KB');
    expect(problems[0]).toContain('npx tsx bench/size-budget.ts --update');
  });

  it('lets a file grow up to 5% without failing', () => {
    expect(overBudget({ 'kinderwerk-kaart.js': 105_000 }, { note: '', gzip: { 'kinderwerk-kaart.js': 100_000 } })).toEqual([]);
  });
});
