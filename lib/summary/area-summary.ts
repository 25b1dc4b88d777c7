/**
 * "Copy summary": a short plain-language text about the provision in one buurt
 * or wijk, for a kinderwerker to paste into a mail or chat message to a parent.
 * Plain text on purpose: it must read well in any mail program or chat app.
 *
 *   areaSummaryText(index, 'BU00340202', 'nl', new Date());
 *
 * It reads as a parent reads: the activities of the coming 7 days with their real
 * dates ('di 1 dec 15:00–16:30'), never a session that is over, a play bus only on
 * the days it is in this buurt, "Vol" for a full activity, and short sentences
 * without semicolons. A buurt without activities points to the nearest buurten
 * that have some.
 */
import { createFormatter, t, type Formatter, type Lang } from '../i18n';
import type { Contact } from '../feed/schema';
import { contactsForArea, filterActivities, filterHuiskamers, isWijkCode, sessionsWithin, type Criteria, type FeedIndex } from '../query';
import { nearestBuurtenWithActivities } from '../query/nearby';
import { visitDaysIn } from '../query/visits';
import { withoutBidiControls } from '../feed/bidi-controls';
import { activityBlock, type DatedActivity } from './activity-block';
import { contactLine, huiskamerBlock } from './huiskamer-block';

/** The window the summary looks ahead: a parent plans the coming week. */
const DAYS_AHEAD = 7;

/**
 * The summary text, or undefined for a code the feed does not know. `criteria`
 * narrow it to what suits one child (age, days, free, walk-in); the area is `code`.
 */
export function areaSummaryText(index: FeedIndex, code: string, lang: Lang, now: Date, criteria: Criteria = {}): string | undefined {
  const area = index.areas.get(code);
  if (!area) return undefined;
  const text = t(lang).summary;
  const format = createFormatter(lang);
  const areaName = area.name ?? code;
  const narrowed: Criteria = { ...criteria, area: code, comingWeek: undefined, near: undefined };
  const activities = datedActivities(index, code, narrowed, now);
  const huiskamers = filterHuiskamers(index, narrowed, now);
  const meta = index.data.meta;

  const choices = narrowedBy(criteria, lang, format);
  const blocks: string[][] = [[text.title(areaName, meta.municipality.name), ...(choices ? [text.narrowed(choices)] : [])]];
  if (activities.length) {
    blocks.push([text.comingWeek]);
    for (const dated of activities) blocks.push(activityBlock(dated, index, code, lang, format));
  } else {
    blocks.push([text.nothingComingWeek(areaName), ...nearbyLine(index, code, now, lang, format, narrowed)]);
  }
  const named = new Set<string>();
  if (huiskamers.length) {
    blocks.push([text.huiskamers(huiskamers.length)]);
    for (const hit of huiskamers) blocks.push(huiskamerBlock(hit, index, lang, format, named));
  }
  const others = questionContacts(index, code, Boolean(choices), activities).filter((contact) => !named.has(contact.id));
  if (others.length) blocks.push([text.questions, ...others.map((contact) => `- ${contactLine(contact)}`)]);
  blocks.push([text.source(meta.publisher.name, format.date(meta.generatedAt)), ...(meta.example ? [text.example] : [])]);
  // Plain text cannot isolate a name from the words around it: no override may reach them.
  return withoutBidiControls(blocks.map((lines) => lines.join('\n')).join('\n\n'));
}

/** Known faces beyond a whole wijk would not fit a chat message. */
const MOST_FACES = 3;

/**
 * Whom a parent can ask. For a buurt, its known faces. For a wijk, or a text for
 * one child, the people of the activities listed, else the first few known faces.
 */
function questionContacts(index: FeedIndex, code: string, narrowed: boolean, activities: readonly DatedActivity[]): Contact[] {
  const faces = contactsForArea(index, code);
  if (!narrowed && !isWijkCode(code)) return faces;
  const ids = new Set(activities.flatMap(({ hit }) => hit.activity.contactIds ?? []));
  const ofActivities = [...ids].map((id) => index.contacts.get(id)).filter((contact): contact is Contact => contact?.publicationConsent === true);
  return ofActivities.length ? ofActivities : faces.slice(0, MOST_FACES);
}

/** The activities with a session in the coming week, in the order of their first session. */
function datedActivities(index: FeedIndex, code: string, criteria: Criteria, now: Date): DatedActivity[] {
  return filterActivities(index, criteria, now)
    .map((hit) => {
      const onDays = intersect(visitDaysIn(hit.activity, index.areas, code, hit.location), criteria.days);
      return { hit, sessions: sessionsWithin(hit.activity, now, DAYS_AHEAD, onDays) };
    })
    .filter((dated) => dated.sessions.length > 0)
    .sort((a, b) => a.sessions[0].start.getTime() - b.sessions[0].start.getTime());
}

/** Days allowed by both lists; undefined stands for every day. */
function intersect<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): readonly T[] | undefined {
  if (!a) return b?.length ? b : undefined;
  if (!b?.length) return a;
  return a.filter((day) => b.includes(day));
}

/** "voor een kind van 8 jaar, op woensdag, gratis en zonder aanmelden"; undefined without choices. */
function narrowedBy(criteria: Criteria, lang: Lang, format: Formatter): string | undefined {
  const text = t(lang).summary;
  const choices = [
    criteria.age !== undefined && text.forAge(criteria.age),
    criteria.days?.length && text.onDays(format.list(criteria.days.map((day) => format.weekday(day)))),
    criteria.freeOnly && text.freeOnly,
    criteria.join?.length === 1 && criteria.join[0] === 'walk-in' && text.walkInOnly,
  ].filter((choice): choice is string => typeof choice === 'string');
  return choices.length ? format.list(choices) : undefined;
}

function nearbyLine(index: FeedIndex, code: string, now: Date, lang: Lang, format: Formatter, criteria: Criteria): string[] {
  const text = t(lang).summary;
  const nearby = nearestBuurtenWithActivities(index, code, now, 3, criteria);
  return nearby.length ? [text.nearby(format.list(nearby.map((area) => text.nearbyPlace(area.name, format.distance(area.metres)))))] : [];
}
