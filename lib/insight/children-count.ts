/**
 * How many children live in an area, in which age band, and by whose count. A
 * buurt says it itself; a wijk uses its own count when the feed gives one, else the
 * sum of its buurten when every one of them is known; the municipality sums its
 * wijken (or, failing that, its buurten) the same way. An age band or source is
 * shown for a sum only when all its parts share it.
 *
 *   childrenOfArea(feature.properties);                 // { children: 480, childrenAges: { min: 0, max: 14 }, … }
 *   childrenOfSum([filmwijk, stripheldenbuurt]);        // the wijk's figures from its buurten
 */
import type { AgeRange, ChildrenSource } from '../feed/schema';
import type { AreaInsight } from './types';

export type ChildrenFigures = Pick<AreaInsight, 'children' | 'childrenAges' | 'childrenSource'>;

interface CountedProperties {
  children?: number | null;
  childrenAges?: AgeRange;
  childrenSource?: ChildrenSource;
}

/** "CBS Kerncijfers wijken en buurten 2015": the credit line of a count. */
export const sourceLine = (source: ChildrenSource): string => `${source.name} ${source.year}`;

export function childrenOfArea(properties: CountedProperties): ChildrenFigures {
  return {
    children: properties.children ?? null,
    childrenAges: properties.childrenAges ?? null,
    childrenSource: properties.childrenSource ? sourceLine(properties.childrenSource) : null,
  };
}

const sameAges = (a: AgeRange, b: AgeRange): boolean => a.min === b.min && a.max === b.max;

/** The value all parts share, or null when they differ or one lacks it. */
function shared<T>(values: (T | null)[], same: (a: T, b: T) => boolean): T | null {
  const first = values[0] ?? null;
  if (first === null) return null;
  return values.every((value) => value !== null && same(value, first)) ? first : null;
}

/** The sum of parts that are all known; with no parts, or an unknown part, nothing is known. */
export function childrenOfSum(parts: readonly ChildrenFigures[]): ChildrenFigures {
  const known = parts.length > 0 && parts.every((part) => part.children !== null);
  return {
    children: known ? parts.reduce((sum, part) => sum + (part.children ?? 0), 0) : null,
    childrenAges: shared(parts.map((part) => part.childrenAges), sameAges),
    childrenSource: shared(parts.map((part) => part.childrenSource), (a, b) => a === b),
  };
}

/** A wijk's own count when the feed gives one, else the sum of its buurten. */
export function childrenOfWijk(own: CountedProperties | undefined, buurten: readonly ChildrenFigures[]): ChildrenFigures {
  const fromParts = childrenOfSum(buurten);
  if (own?.children === undefined || own.children === null) return fromParts;
  const figures = childrenOfArea(own);
  return {
    children: figures.children,
    childrenAges: figures.childrenAges ?? fromParts.childrenAges,
    childrenSource: figures.childrenSource ?? fromParts.childrenSource,
  };
}
