/**
 * How big a generated feed is and where it lies. Two named sizes match the
 * benchmark: a big city (about Amsterdam: 500 buurten) and a region of several
 * towns in one feed. Counts left out follow from the number of buurten.
 *
 *   const plan = feedPlan({ size: 'city', seed: '1' });
 *   const small = feedPlan({ buurten: 20, locations: 60, activities: 200, seed: 'test' });
 */
import type { Neighbourhoods } from './grid-neighbourhoods';

export interface FeedCounts {
  buurten: number;
  locations: number;
  activities: number;
  huiskamers: number;
  contacts: number;
  organizations: number;
}

export interface FeedPlan extends FeedCounts {
  seed: string;
  municipality: { code: string; name: string };
  /** Telephone area code of the town, for landline numbers. */
  areaCode: string;
  /** Where the synthetic grid is centred. */
  centre: { lat: number; lon: number };
  /** `generatedAt` of the feed and the day every date is counted from. */
  generatedAt: string;
  /** Real boundaries to use instead of a synthetic grid. */
  boundaries?: Neighbourhoods;
}

export const SIZES = {
  city: { buurten: 500, locations: 5_000, activities: 20_000, huiskamers: 200, contacts: 1_000 },
  region: { buurten: 2_000, locations: 20_000, activities: 100_000, huiskamers: 800, contacts: 4_000 },
} as const;
export type SizeName = keyof typeof SIZES;

export const DEFAULT_PLACE = {
  municipality: { code: 'GM9999', name: 'Voorbeeldstad' },
  areaCode: '030',
  // Utrecht: the middle of the country.
  centre: { lat: 52.0907, lon: 5.1214 },
  generatedAt: '2026-11-01T08:00:00Z',
};

export type PlanRequest = Partial<Omit<FeedPlan, 'seed'>> & { seed: string; size?: SizeName };

export function feedPlan({ size, ...request }: PlanRequest): FeedPlan {
  const preset: Partial<FeedCounts> = size ? SIZES[size] : {};
  const pick = (key: keyof FeedCounts, fallback: number) => request[key] ?? preset[key] ?? fallback;
  const buurten = request.boundaries?.buurten.length ?? pick('buurten', 20);
  const locations = pick('locations', buurten * 10);
  const plan: FeedPlan = {
    ...DEFAULT_PLACE,
    ...request,
    buurten,
    locations,
    activities: pick('activities', locations * 4),
    huiskamers: pick('huiskamers', Math.round(buurten * 0.4)),
    contacts: pick('contacts', buurten * 2),
    organizations: pick('organizations', Math.max(6, Math.round(buurten / 20))),
  };
  for (const key of ['buurten', 'locations', 'activities', 'huiskamers', 'contacts', 'organizations'] as const) {
    if (!Number.isInteger(plan[key]) || plan[key] < 0) throw new Error(`--${key} must be a whole number of 0 or more, not ${plan[key]}`);
  }
  if (plan.buurten < 1) throw new Error('--buurten must be at least 1: every location needs a buurt');
  if (plan.organizations < 1) throw new Error('--organizations must be at least 1');
  if (plan.huiskamers > plan.locations) {
    throw new Error(`--huiskamers (${plan.huiskamers}) cannot exceed --locations (${plan.locations}): each huiskamer has its own location`);
  }
  return plan;
}
