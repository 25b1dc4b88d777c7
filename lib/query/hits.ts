/**
 * What the filters return: a record with where it is, ready for a list or a map.
 * Without a distance the same hit objects come back on every pass, so a list
 * can tell unchanged rows by identity.
 */
import type { Activity, Huiskamer, Location, Organization } from '../feed/schema';

interface HitBase {
  location?: Location;
  organization?: Organization;
  /** The buurten it is in or visits. */
  buurtCodes: readonly string[];
  /** Metres from `criteria.near` to the nearest of its places; absent without `near` or without a place. */
  distance?: number;
}

export interface ActivityHit extends HitBase {
  readonly kind: 'activity';
  activity: Activity;
}

export interface HuiskamerHit extends HitBase {
  readonly kind: 'huiskamer';
  huiskamer: Huiskamer;
}

export type Hit = ActivityHit | HuiskamerHit;
