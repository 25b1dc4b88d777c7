/**
 * Small builders that keep the demo content tables short and readable: the record
 * types as a publisher writes them (feed input), weekly slots, costs, and one
 * `lastVerified` date stamped on every record that did not set its own.
 *
 *   weekly(['MO', 'WE'], '15:00', '16:30') // { byDay: ['MO', 'WE'], startTime: '15:00', endTime: '16:30' }
 */
import type { z } from 'zod';
import type {
  Activity, Address, Contact, Huiskamer, Location, LocationKind, Organization, Story, Weekday, WeeklySlot,
} from '../../lib/feed/schema';

export type OrganizationInput = z.input<typeof Organization>;
export type LocationInput = z.input<typeof Location>;
export type ActivityInput = z.input<typeof Activity>;
export type HuiskamerInput = z.input<typeof Huiskamer>;
export type ContactInput = z.input<typeof Contact>;
export type StoryInput = z.input<typeof Story>;

/** A record as written in a content table: `lastVerified` may be left to the table's default. */
export type Draft<T extends { lastVerified: string }> = Omit<T, 'lastVerified'> & { lastVerified?: string };

/** A location before it is placed on the map: which buurt it is in, not yet its coordinates. */
export interface LocationDraft {
  id: string;
  name: string;
  kind: LocationKind;
  buurtCode: string;
  organizationId?: string;
  /** `city` defaults to the municipality's name; set it for villages such as Udenhout. */
  address?: Omit<Address, 'city'> & { city?: string };
  accessibility?: string;
  lastVerified?: string;
}

export interface DemoContent {
  organizations: Draft<OrganizationInput>[];
  locations: LocationDraft[];
  activities: Draft<ActivityInput>[];
  huiskamers: Draft<HuiskamerInput>[];
  contacts: Draft<ContactInput>[];
  /** Experience stories (feed v1.1); one without consent shows it never reaches the feed. */
  stories?: Draft<StoryInput>[];
}

export function weekly(byDay: Weekday[], startTime: string, endTime: string): WeeklySlot {
  return { byDay, startTime, endTime };
}

export const FREE = { free: true } as const;

export function freeWith(note: string) {
  return { free: true, note };
}

export function paid(amount: number, note: string) {
  return { free: false, amount, note };
}

/**
 * Gives every record without its own `lastVerified` one of `dates`, in turn, so the
 * demo shows a realistic spread of check dates without writing one on every line.
 */
export function stampVerified<T extends { lastVerified?: string }>(
  records: T[],
  dates: readonly string[],
): (T & { lastVerified: string })[] {
  return records.map((record, index) => ({ ...record, lastVerified: record.lastVerified ?? dates[index % dates.length] }));
}

export const WALK_IN = { method: 'walk-in', instructions: 'Je kunt gewoon binnenlopen, aanmelden hoeft niet.' } as const;

export function signUp(instructions: string, how: { url?: string; phone?: string; email?: string } = {}) {
  return { method: 'sign-up' as const, instructions, ...how };
}

export function referral(instructions: string, how: { phone?: string; email?: string } = {}) {
  return { method: 'referral' as const, instructions, ...how };
}
