/**
 * Small statistics for timings: percentiles and a rounded summary.
 *
 *   summarise([3, 1, 2]); // { n: 3, p50: 2, p95: 3, max: 3, mean: 2 }
 */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile: the smallest value that at least `p`% of the values do not exceed. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

export function summarise(values: readonly number[]): Summary {
  const mean = values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    max: round(Math.max(...values)),
    mean: round(mean),
  };
}

/** The median of a few repeated runs: steadier than one run on a busy machine. */
export const median = (values: readonly number[]): number => percentile(values, 50);
