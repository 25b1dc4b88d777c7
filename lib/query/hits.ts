/**
 * What the filters return: a record with where it is, ready for a list or a map.
 * Without a distance the same hit objects come back on every pass, so a list
 * can tell unchanged rows by identity; they are shared, so never change one.
 */
import type { Activity, Huiskamer, Location, Organization } from '../feed/schema';

interface HitBase {
  readonly location?: Location;
  readonly organization?: Organization;
  /** The buurten it is in or visits. */
  readonly buurtCodes: readonly string[];
  /**
   * Metres from `criteria.near` to the nearest of its places (a play bus: the
   * middle of the nearest buurt it visits); absent without `near` or without a place.
   */
  readonly distance?: number;
}

export interface ActivityHit extends HitBase {
  readonly kind: 'activity';
  readonly activity: Activity;
}

export interface HuiskamerHit extends HitBase {
  readonly kind: 'huiskamer';
  readonly huiskamer: Huiskamer;
}

export type Hit = ActivityHit | HuiskamerHit;
