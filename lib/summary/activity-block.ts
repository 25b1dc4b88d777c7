/**
 * One activity in the copied summary, as a few short lines a parent reads:
 *
 *   Theaterclub De Filmsterren
 *   Voor kinderen van 8 tot 12 jaar. Gratis.
 *   Wanneer: ma 30 nov 15:00–16:30.
 *   Waar: Brede school Filmwijk, Greta Garbostraat 3, 1325 RB Almere.
 *   Vol: er is nu geen plek meer.
 */
import { addressLine } from '../feed/address-line';
import type { Location } from '../feed/schema';
import { t, type Formatter, type Lang } from '../i18n';
import { weekdayOf, type ActivityHit, type FeedIndex, type Session } from '../query';
import { buurtenIn } from '../query/visits';

export interface DatedActivity {
  hit: ActivityHit;
  /** Its sessions in the coming week, in time order; at least one. */
  sessions: readonly Session[];
}

export function activityBlock({ hit, sessions }: DatedActivity, index: FeedIndex, code: string, lang: Lang, format: Formatter): string[] {
  const text = t(lang).summary;
  const { activity, location } = hit;
  return [
    activity.name,
    `${text.forAges(format.ageRange(activity.ageRange))} ${asSentence(format.cost(activity.cost))}`,
    text.when(format.list(sessions.map((session) => sessionText(session, format)))),
    location ? text.where(placeText(location, activity.name)) : text.whereInAreas(format.list(visitedNames(hit, sessions, index, code)), activity.url),
    joinLine(hit, lang, format),
  ];
}

/**
 * Ends a phrase with a full stop, unless the publisher's text already ends a
 * sentence; a semicolon in it becomes a full stop ("…bibliotheekpas. Die is gratis").
 */
export function asSentence(phrase: string): string {
  const plain = phrase.trim().replace(/\s*;\s+(\p{L})/gu, (_, letter: string) => `. ${letter.toLocaleUpperCase()}`);
  return /[.!?]$/.test(plain) ? plain : `${plain}.`;
}

/** 'Brede school Filmwijk, Greta Garbostraat 3, 1325 RB Almere'; the place's name only when it is not the offer's own. */
export function placeText(location: Location, offerName: string): string {
  return [location.name !== offerName && location.name, addressLine(location.address)].filter(Boolean).join(', ');
}

/** 'di 1 dec 15:00–16:30'. */
export function sessionText(session: Session, format: Formatter): string {
  return `${format.weekdays([weekdayOf(session.start)])} ${format.shortDate(session.start)} ${format.timeRange(format.time(session.start), format.time(session.end))}`;
}

/** The buurten of this area that mobile work comes to on the days of these sessions. */
function visitedNames(hit: ActivityHit, sessions: readonly Session[], index: FeedIndex, code: string): string[] {
  const own = buurtenIn(index.areas, code);
  const days = new Set(sessions.map((session) => weekdayOf(session.start)));
  const visits = hit.activity.visits ?? [];
  const comesThen = (buurt: string) => {
    const visit = visits.filter((each) => each.buurtCode === buurt);
    return visit.length === 0 || visit.some((each) => each.byDay.some((day) => days.has(day)));
  };
  return hit.buurtCodes.filter((buurt) => own.has(buurt) && comesThen(buurt)).map((buurt) => index.areas.get(buurt)?.name ?? buurt);
}

/** Full, or how to join: walk in, or sign up with where to do it. */
function joinLine({ activity }: ActivityHit, lang: Lang, format: Formatter): string {
  const text = t(lang).summary;
  if (activity.remainingPlaces === 0) return text.full;
  const { join } = activity;
  const ways = [join.url, join.phone, join.email].filter((way): way is string => Boolean(way));
  const how =
    join.method === 'walk-in' ? text.join['walk-in']
    : join.method === 'sign-up' && ways.length ? text.signUpVia(format.list(ways, 'or'))
    : join.method === 'referral' && ways.length ? `${text.join.referral} ${text.askVia(format.list(ways, 'or'))}`
    // The publisher's own words only when there is no address to sign up at: they often say the same.
    : [text.join[join.method], join.instructions && asSentence(join.instructions)].filter(Boolean).join(' ');
  const parts = [activity.remainingPlaces !== undefined ? text.placesLeft(activity.remainingPlaces) : undefined, how];
  return parts.filter(Boolean).join(' ');
}
