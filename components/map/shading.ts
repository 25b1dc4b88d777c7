/**
 * How buurten are shaded on the map: what is measured (the number of offers, or
 * offers per 1,000 children) and which of five shades a value falls in.
 * Pure, so the legend and the polygons always agree and tests need no map.
 *
 *   const classes = shadeClasses(values, 'offers');
 *   shadeOf(3, classes); // 1..5, or 0 for "no offers"
 */

export type ShadeMeasure = 'offers' | 'per1000';

/** What the map knows about one buurt after the current filters. */
export interface BuurtProvision {
  code: string;
  /** Activities plus huiskamers that match the filters. */
  offers: number;
  /** Children living there, when the feed says. */
  children?: number | null;
}

/** One step of the legend: values from `from` to `to` (both included) get shade `shade`. */
export interface ShadeClass {
  shade: ShadeStep;
  from: number;
  to: number;
}

export type ShadeStep = 1 | 2 | 3 | 4 | 5;

/** `0` = nothing on offer; `undefined` = no figure (no child count for a rate). */
export type Shade = ShadeStep | 0 | undefined;

const SHADE_STEPS = 5;

/**
 * Below this many children a rate per 1,000 swings wildly (1 activity for 12
 * children is "83 per 1,000"), so such buurten get no figure instead.
 */
const MIN_CHILDREN_FOR_RATE = 50;

/** Share of buurten that need a child count before "per 1,000 children" is offered. */
const MIN_SHARE_WITH_CHILDREN = 0.5;

function hasChildCount(buurt: BuurtProvision): boolean {
  return typeof buurt.children === 'number' && buurt.children >= MIN_CHILDREN_FOR_RATE;
}

/** The measures that make sense for this feed: per 1,000 only when most buurten have a child count. */
export function availableMeasures(buurten: readonly BuurtProvision[]): ShadeMeasure[] {
  if (buurten.length === 0) return ['offers'];
  const withChildren = buurten.filter(hasChildCount).length;
  return withChildren / buurten.length >= MIN_SHARE_WITH_CHILDREN ? ['offers', 'per1000'] : ['offers'];
}

/** The chosen measure if this feed supports it, else the number of offers. */
export function effectiveMeasure(wanted: ShadeMeasure, buurten: readonly BuurtProvision[]): ShadeMeasure {
  return availableMeasures(buurten).includes(wanted) ? wanted : 'offers';
}

/** The value a buurt is shaded by, or `undefined` when there is no figure. */
export function measureValue(buurt: BuurtProvision, measure: ShadeMeasure): number | undefined {
  // Nothing on offer is nothing per 1,000 children too, whether or not the children were counted.
  if (measure === 'offers' || buurt.offers === 0) return buurt.offers;
  if (!hasChildCount(buurt)) return undefined;
  return (buurt.offers / (buurt.children as number)) * 1000;
}

/** Rates get one decimal when small, whole numbers otherwise; counts are whole anyway. */
function roundForLegend(value: number, measure: ShadeMeasure, largest: number): number {
  if (measure === 'offers') return Math.round(value);
  return largest >= 20 ? Math.round(value) : Math.round(value * 10) / 10;
}

function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * The shade for class `index` of `count`, so the highest class is always darkest.
 * With fewer than five classes the lightest shade is left out: it is hard to tell
 * from "nothing on offer" on a pale background map.
 */
function stepFor(index: number, count: number): ShadeStep {
  if (count >= SHADE_STEPS) return (index + 1) as ShadeStep;
  if (count === 1) return 4;
  return (Math.round((index * (SHADE_STEPS - 2)) / (count - 1)) + 2) as ShadeStep;
}

/**
 * Up to five classes over the positive values, split at quantiles so each shade
 * holds about as many buurten. Zero means "no offers" and is no class of its own;
 * with few distinct values there are fewer classes.
 */
export function shadeClasses(values: readonly (number | undefined)[], measure: ShadeMeasure): ShadeClass[] {
  const positive = values.filter((v): v is number => v !== undefined && v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const largest = positive[positive.length - 1];
  const smallest = positive[0];

  const uppers: number[] = [];
  for (let i = 1; i < SHADE_STEPS; i++) {
    const upper = roundForLegend(quantile(positive, i / SHADE_STEPS), measure, largest);
    const previous = uppers.length > 0 ? uppers[uppers.length - 1] : -Infinity;
    if (upper > previous && upper >= smallest && upper < largest) uppers.push(upper);
  }
  uppers.push(largest);

  const step = measure === 'offers' ? 1 : largest >= 20 ? 1 : 0.1;
  const ranges = uppers.map((to, i) => ({
    from: i === 0 ? roundForLegend(smallest, measure, largest) : roundForLegend(uppers[i - 1] + step, measure, largest),
    to: roundForLegend(to, measure, largest),
  }));
  return ranges.map((range, i) => ({ ...range, shade: stepFor(i, ranges.length) }));
}

/** The shade of one value under these classes. */
export function shadeOf(value: number | undefined, classes: readonly ShadeClass[]): Shade {
  if (value === undefined) return undefined;
  if (value <= 0 || classes.length === 0) return 0;
  // Compare with the next class's lower end, so a rate of 3.04 stays with "… – 3.0" and not in "3.1 – …".
  for (let i = 0; i < classes.length - 1; i++) {
    if (value < classes[i + 1].from) return classes[i].shade;
  }
  return classes[classes.length - 1].shade;
}

/** Shades for every buurt at once, with the classes the legend shows. */
export function shadeBuurten(
  buurten: readonly BuurtProvision[],
  measure: ShadeMeasure,
): { classes: ShadeClass[]; shades: Map<string, Shade> } {
  const values = buurten.map((b) => measureValue(b, measure));
  const classes = shadeClasses(values, measure);
  const shades = new Map<string, Shade>();
  buurten.forEach((b, i) => shades.set(b.code, shadeOf(values[i], classes)));
  return { classes, shades };
}
