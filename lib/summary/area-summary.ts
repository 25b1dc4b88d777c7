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
import { contactsForArea, filterActivities, filterHuiskamers, sessionsWithin, type Criteria, type FeedIndex } from '../query';
import { nearestBuurtenWithActivities } from '../query/nearby';
import { visitDaysIn } from '../query/visits';
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

  const blocks: string[][] = [[text.title(areaName, meta.municipality.name)]];
  if (activities.length) {
    blocks.push([text.comingWeek]);
    for (const dated of activities) blocks.push(activityBlock(dated, index, code, lang, format));
  } else {
    blocks.push([text.nothingComingWeek(areaName), ...nearbyLine(index, code, now, lang, format)]);
  }
  const named = new Set<string>();
  if (huiskamers.length) {
    blocks.push([text.huiskamers(huiskamers.length)]);
    for (const hit of huiskamers) blocks.push(huiskamerBlock(hit, index, lang, format, named));
  }
  const others = contactsForArea(index, code).filter((contact) => !named.has(contact.id));
  if (others.length) blocks.push([text.questions, ...others.map((contact) => `- ${contactLine(contact)}`)]);
  blocks.push([text.source(meta.publisher.name, format.date(meta.generatedAt)), ...(meta.example ? [text.example] : [])]);
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
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

function nearbyLine(index: FeedIndex, code: string, now: Date, lang: Lang, format: Formatter): string[] {
  const text = t(lang).summary;
  const nearby = nearestBuurtenWithActivities(index, code, now);
  return nearby.length ? [text.nearby(format.list(nearby.map((area) => text.nearbyPlace(area.name, format.distance(area.metres)))))] : [];
}
