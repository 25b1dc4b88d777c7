/**
 * How buurten are shaded on the map: which of five shades a figure falls in. The parents'
 * map shades by the number of offers; the municipality's view by any one of its figures
 * (a count, a rate or a share). Pure, so the legend and the polygons always agree and
 * tests need no map.
 *
 *   const { classes, shades } = shadeValues(new Map([['BU00340101', 3]]), { whole: true });
 *   shadeOf(3, classes); // 1..5, or 0 for "none"
 */

/** One step of the legend: values from `from` to `to` (both included) get shade `shade`. */
export interface ShadeClass {
  shade: ShadeStep;
  from: number;
  to: number;
}

export type ShadeStep = 1 | 2 | 3 | 4 | 5;

/** `0` = none (no offers, or a figure of 0); `undefined` = no figure (unknown). */
export type Shade = ShadeStep | 0 | undefined;

export interface ShadeScale {
  /** Whole numbers (counts, percentages) or rates that may need one decimal. */
  whole: boolean;
}

const SHADE_STEPS = 5;

/** Rates get one decimal when small, whole numbers otherwise; counts are whole anyway. */
function roundForLegend(value: number, { whole }: ShadeScale, largest: number): number {
  if (whole) return Math.round(value);
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
 * holds about as many buurten. Zero is "none" and no class of its own; with few
 * distinct values there are fewer classes.
 */
export function shadeClasses(values: readonly (number | undefined)[], scale: ShadeScale): ShadeClass[] {
  const positive = values.filter((v): v is number => v !== undefined && v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return [];
  const largest = positive[positive.length - 1];
  const smallest = positive[0];

  const uppers: number[] = [];
  for (let i = 1; i < SHADE_STEPS; i++) {
    const upper = roundForLegend(quantile(positive, i / SHADE_STEPS), scale, largest);
    const previous = uppers.length > 0 ? uppers[uppers.length - 1] : -Infinity;
    if (upper > previous && upper >= smallest && upper < largest) uppers.push(upper);
  }
  uppers.push(largest);

  const step = scale.whole || largest >= 20 ? 1 : 0.1;
  const ranges = uppers.map((to, i) => ({
    from: i === 0 ? roundForLegend(smallest, scale, largest) : roundForLegend(uppers[i - 1] + step, scale, largest),
    to: roundForLegend(to, scale, largest),
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

/** Shades for every buurt at once (null: no figure), with the classes the legend shows. */
export function shadeValues(
  values: ReadonlyMap<string, number | null>,
  scale: ShadeScale,
): { classes: ShadeClass[]; shades: Map<string, Shade> } {
  const known = (value: number | null) => (value === null ? undefined : value);
  const classes = shadeClasses([...values.values()].map(known), scale);
  const shades = new Map<string, Shade>();
  for (const [code, value] of values) shades.set(code, shadeOf(known(value), classes));
  return { classes, shades };
}
