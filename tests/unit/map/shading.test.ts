import { describe, expect, it } from 'vitest';
import { shadeClasses, shadeOf, shadeValues } from '../../../components/map/shading';

const WHOLE = { whole: true };
const RATE = { whole: false };

describe('shade classes', () => {
  it('splits the offers over five shades, lightest for few and darkest for the most', () => {
    const classes = shadeClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], WHOLE);
    expect(classes).toHaveLength(5);
    expect(classes.map((c) => c.shade)).toEqual([1, 2, 3, 4, 5]);
    expect(classes[0].from).toBe(1);
    expect(classes[4].to).toBe(10);
    // Ranges follow each other without gaps or overlap.
    for (let i = 1; i < classes.length; i++) expect(classes[i].from).toBe(classes[i - 1].to + 1);
  });

  it('gives fewer classes when there are only a few different numbers, darkest for the highest, never the near-white shade', () => {
    const classes = shadeClasses([1, 1, 1, 2, 2, 3], WHOLE);
    expect(classes.map((c) => [c.from, c.to])).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(classes.map((c) => c.shade)).toEqual([2, 4, 5]);
    expect(shadeClasses([2, 2, 2], WHOLE).map((c) => c.shade)).toEqual([4]);
  });

  it('has no classes when nothing is on offer anywhere', () => {
    expect(shadeClasses([0, 0, undefined], WHOLE)).toEqual([]);
    expect(shadeOf(0, [])).toBe(0);
  });

  it('puts a buurt without offers in no class, and one without a figure apart from that', () => {
    const classes = shadeClasses([1, 5, 9], WHOLE);
    expect(shadeOf(0, classes)).toBe(0);
    expect(shadeOf(undefined, classes)).toBeUndefined();
    expect(shadeOf(9, classes)).toBe(5);
    expect(shadeOf(1, classes)).toBe(1);
  });

  it('rounds small rates to one decimal and keeps every value inside a class', () => {
    const values = [0.4, 1.26, 2.5, 3.04, 4.9, 7.77];
    const classes = shadeClasses(values, RATE);
    for (const c of classes) {
      expect(Math.round(c.from * 10)).toBe(c.from * 10);
      expect(Math.round(c.to * 10)).toBe(c.to * 10);
    }
    for (const v of values) expect(shadeOf(v, classes)).toBeGreaterThan(0);
    expect(shadeOf(7.77, classes)).toBe(5);
  });
});

describe('shading every buurt', () => {
  it('gives an unknown figure no shade, a figure of 0 the "none" shade and the highest the darkest', () => {
    const { shades } = shadeValues(new Map([['BU1', 40], ['BU2', null], ['BU3', 0], ['BU4', 10], ['BU5', 20]]), RATE);
    expect(shades.get('BU1')).toBe(5);
    expect(shades.get('BU2')).toBeUndefined();
    expect(shades.get('BU3')).toBe(0);
    expect(shades.get('BU4')).toBeLessThan(shades.get('BU5')!);
  });
});
