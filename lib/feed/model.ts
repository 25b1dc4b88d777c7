/**
 * The validated, ready-to-use form of a feed: what validation produces, the cache
 * stores and the queries and components read. Neighbourhood GeoJSON is resolved,
 * every location has its buurt code, and contacts and stories without publication consent are gone.
 */
import type {
  Activity, BuurtFeature, Contact, Huiskamer, Location, Meta, Organization, RecordKind, Story, WijkFeature,
} from './schema';

export interface KinderwerkData {
  meta: Meta;
  buurten: BuurtFeature[];
  wijken: WijkFeature[];
  organizations: Organization[];
  /** Every location has `buurtCode` (given, or derived by point-in-polygon when it could be). */
  locations: Location[];
  activities: Activity[];
  huiskamers: Huiskamer[];
  /** Only contacts with `publicationConsent: true`. */
  contacts: Contact[];
  /** Only stories with `publicationConsent: true`. */
  stories: Story[];
}

/** One thing wrong with a feed, said so a publisher can find and fix it. */
export interface FeedProblem {
  /** JSON path, e.g. `activities[12].ageRange.max`. */
  path: string;
  /** Record id, when the record has a readable one. */
  id?: string;
  kind?: RecordKind | 'neighbourhoods' | 'meta';
  /** What is wrong and what to do, in plain English. */
  reason: string;
  /** `error`: the record was left out. `warning`: the record was kept, the named part was ignored. */
  severity: 'error' | 'warning';
}

export const FEED_FAILURE_CODES = [
  'not-json', 'unknown-format', 'unknown-version', 'too-large', 'invalid-structure',
  'offline', 'unreachable', 'timeout', 'http-error', 'not-found', 'lost-records',
] as const;

/** A problem that makes the whole feed unusable. The last good data stays in use. */
export interface FeedFailure {
  /**
   * `offline`: the device has no network. `unreachable`: it has, but the host gave no answer (down, wrong address, or CORS).
   * `lost-records`: the new copy lacks most of the one in use, so that one is kept (lost-records.ts).
   */
  code: (typeof FEED_FAILURE_CODES)[number];
  message: string;
}

export interface KindCount { kept: number; dropped: number }

export type FeedCounts = Record<RecordKind | 'buurten' | 'wijken', KindCount> & {
  /** Contacts left out because they did not consent to publication (not a problem). */
  contactsWithoutConsent: number;
  /** Stories left out because they were not published with consent (not a problem). */
  storiesWithoutConsent: number;
};

export type ValidationResult =
  | { ok: true; data: KinderwerkData; problems: FeedProblem[]; counts: FeedCounts }
  | { ok: false; failure: FeedFailure };
