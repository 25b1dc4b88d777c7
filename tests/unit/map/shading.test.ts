import { describe, expect, it } from 'vitest';
import {
  availableMeasures, effectiveMeasure, measureValue, shadeBuurten, shadeClasses, shadeOf, type BuurtProvision,
} from '../../../components/map/shading';

const buurt = (code: string, offers: number, children?: number | null): BuurtProvision => ({ code, offers, children });

describe('shade classes', () => {
  it('splits the offers over five shades, lightest for few and darkest for the most', () => {
    const classes = shadeClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'offers');
    expect(classes).toHaveLength(5);
    expect(classes.map((c) => c.shade)).toEqual([1, 2, 3, 4, 5]);
    expect(classes[0].from).toBe(1);
    expect(classes[4].to).toBe(10);
    // Ranges follow each other without gaps or overlap.
    for (let i = 1; i < classes.length; i++) expect(classes[i].from).toBe(classes[i - 1].to + 1);
  });

  it('gives fewer classes when there are only a few different numbers, darkest for the highest, never the near-white shade', () => {
    const classes = shadeClasses([1, 1, 1, 2, 2, 3], 'offers');
    expect(classes.map((c) => [c.from, c.to])).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(classes.map((c) => c.shade)).toEqual([2, 4, 5]);
    expect(shadeClasses([2, 2, 2], 'offers').map((c) => c.shade)).toEqual([4]);
  });

  it('has no classes when nothing is on offer anywhere', () => {
    expect(shadeClasses([0, 0, undefined], 'offers')).toEqual([]);
    expect(shadeOf(0, [])).toBe(0);
  });

  it('puts a buurt without offers in no class, and one without a figure apart from that', () => {
    const classes = shadeClasses([1, 5, 9], 'offers');
    expect(shadeOf(0, classes)).toBe(0);
    expect(shadeOf(undefined, classes)).toBeUndefined();
    expect(shadeOf(9, classes)).toBe(5);
    expect(shadeOf(1, classes)).toBe(1);
  });

  it('rounds rates per 1,000 children to one decimal and keeps every value inside a class', () => {
    const values = [0.4, 1.26, 2.5, 3.04, 4.9, 7.77];
    const classes = shadeClasses(values, 'per1000');
    for (const c of classes) {
      expect(Math.round(c.from * 10)).toBe(c.from * 10);
      expect(Math.round(c.to * 10)).toBe(c.to * 10);
    }
    for (const v of values) expect(shadeOf(v, classes)).toBeGreaterThan(0);
    expect(shadeOf(7.77, classes)).toBe(5);
  });
});

describe('what is measured', () => {
  it('offers "per 1,000 children" only when most buurten have a child count', () => {
    expect(availableMeasures([buurt('BU00340101', 2, 400), buurt('BU00340102', 1, 800), buurt('BU00340103', 0, null)]))
      .toEqual(['offers', 'per1000']);
    expect(availableMeasures([buurt('BU00340101', 2), buurt('BU00340102', 1, null), buurt('BU00340103', 0, 600)]))
      .toEqual(['offers']);
    expect(effectiveMeasure('per1000', [buurt('BU00340101', 2)])).toBe('offers');
  });

  it('counts offers per 1,000 children, and gives no figure for a buurt with very few children', () => {
    expect(measureValue(buurt('BU00340101', 2, 400), 'per1000')).toBe(5);
    expect(measureValue(buurt('BU00340101', 2, 12), 'per1000')).toBeUndefined();
    expect(measureValue(buurt('BU00340101', 2, null), 'per1000')).toBeUndefined();
    expect(measureValue(buurt('BU00340101', 2, null), 'offers')).toBe(2);
    expect(measureValue(buurt('BU00340101', 0, null), 'per1000')).toBe(0);
  });

  it('can make a small buurt with many offers per child darker than a big buurt with more offers', () => {
    const buurten = [buurt('BU1', 1, 1000), buurt('BU2', 4, 4000), buurt('BU3', 3, 200), buurt('BU4', 2, 1000), buurt('BU5', 0, 500)];
    const byCount = shadeBuurten(buurten, 'offers').shades;
    const byRate = shadeBuurten(buurten, 'per1000').shades;
    expect(byCount.get('BU2')).toBe(5);
    expect(byRate.get('BU3')).toBe(5);
    expect(byRate.get('BU2')).toBeLessThan(5);
    expect(byRate.get('BU5')).toBe(0);
  });
});
