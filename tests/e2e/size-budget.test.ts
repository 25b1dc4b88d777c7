import { describe, expect, it } from 'vitest';
import { overBudget, readBudget, widgetGzip } from '../../bench/size-budget';

describe('the widget size budget', () => {
  it('keeps every widget file within 5% of its recorded gzip budget', () => {
    // global-setup.ts built the widget with `npm run build:widget` into dist/widget.
    const sizes = widgetGzip('dist/widget');
    // The HSDS/OpenActive converter, the English texts, and the map with the municipality's figures are chunks the ES module loads only when needed.
    expect(Object.keys(sizes)).toEqual([
      'kinderwerk-kaart-direct-source.js', 'kinderwerk-kaart-en.js', 'kinderwerk-kaart-map-views.js', 'kinderwerk-kaart.iife.js', 'kinderwerk-kaart.js',
    ]);
    expect(overBudget(sizes, readBudget())).toEqual([]);
  });
});
