/**
 * What a user filters on. Kept as plain data so it can live in the URL hash
 * (widget) or in storage (extension) and be compared cheaply.
 */
import type { ActivityCategory, JoinMethod, Weekday } from '../feed/schema';

export type TimeOfDay = 'morning' | 'afternoon' | 'evening';

export interface Criteria {
  /** A CBS buurt (`BU…`) or wijk (`WK…`) code. */
  area?: string;
  /** The child's age in years: only offers whose age range includes it. */
  age?: number;
  /** Any of these days. */
  days?: Weekday[];
  timeOfDay?: TimeOfDay;
  categories?: ActivityCategory[];
  freeOnly?: boolean;
  /** Any of these ways to join; walk-in only is `['walk-in']`. */
  join?: JoinMethod[];
  /** Free text, matched case- and accent-insensitively. */
  text?: string;
  /** Only what runs today or in the six days after (a rolling week, not Monday to Sunday). */
  comingWeek?: boolean;
  /** Sort by distance from here (opt-in geolocation or a chosen point). */
  near?: { lat: number; lon: number };
}

export const NO_CRITERIA: Criteria = {};
