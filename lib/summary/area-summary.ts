/**
 * "Copy summary": a short plain-language text about the provision in one buurt
 * or wijk, for a kinderwerker to paste into a mail or message to a parent.
 * Plain text on purpose: it must read well in any mail program or chat app.
 *
 *   areaSummaryText(index, 'BU00340202', 'nl', new Date());
 */
import { addressLine } from '../feed/address-line';
import { t, createFormatter, type Lang } from '../i18n';
import { contactsForArea, filterActivities, filterHuiskamers, type FeedIndex } from '../query';

function sentence(parts: Array<string | undefined | false>): string {
  return parts.filter(Boolean).join('. ') + '.';
}

export function areaSummaryText(index: FeedIndex, code: string, lang: Lang, now: Date): string | undefined {
  const area = index.areas.get(code);
  if (!area) return undefined;
  const text = t(lang).summary;
  const format = createFormatter(lang);
  const activities = filterActivities(index, { area: code, thisWeek: true }, now);
  const huiskamers = filterHuiskamers(index, { area: code }, now);
  const contacts = contactsForArea(index, code);
  const meta = index.data.meta;

  const lines = [text.title(area.name ?? code, meta.municipality.name), ''];
  lines.push(activities.length ? text.thisWeek : text.nothingThisWeek);
  for (const { activity, location } of activities) {
    const when = format.schedule(activity.schedule);
    const where = location && [location.name, addressLine(location.address)].filter(Boolean).join(', ');
    lines.push(`- ${activity.name}: ${sentence([when, where, format.ageRange(activity.ageRange), format.cost(activity.cost), text.join[activity.join.method]])}`);
  }
  if (huiskamers.length) {
    lines.push('', text.huiskamers);
    for (const { huiskamer } of huiskamers) {
      const waiting = huiskamer.waitingList && text.waitingList(huiskamer.waitingList.count, format.date(huiskamer.waitingList.countedOn));
      lines.push(`- ${huiskamer.name}: ${sentence([
        format.schedule(huiskamer.schedule),
        format.ageRange(huiskamer.ageRange),
        text.referralOnly,
        text.placesPerDay(huiskamer.placesPerDay),
        waiting,
      ])}`);
    }
  }
  if (contacts.length) {
    lines.push('', text.questions);
    for (const contact of contacts) {
      const reach = [contact.phone, contact.email].filter(Boolean).join(', ');
      lines.push(`- ${contact.name} (${contact.role})${reach ? `: ${reach}` : ''}`);
    }
  }
  lines.push('', text.source(meta.publisher.name, format.date(meta.generatedAt)));
  if (meta.example) lines.push(text.example);
  return lines.join('\n');
}
