/**
 * One huiskamer in the copied summary. It says once, plainly, that a child cannot
 * just walk in and who can ask for a place (a parent too, when the feed says so),
 * then how the first meeting goes, what it costs and whom to contact. The sentences
 * are mostly the details panel's own (`huiskamer` texts), so both say the same:
 *
 *   Huiskamer De Vlinder
 *   Voor kinderen van 4 tot 12 jaar. Gratis.
 *   Open: ma, di, do en vr 14:00–18:00 en wo 12:00–18:00.
 *   Waar: Charlie Chaplinstraat 21, 1325 PL Almere.
 *   Je kind kan hier niet zomaar binnenlopen. Je kunt als ouder zelf een plek vragen voor je kind. Dit kan ook via de school.
 *   Zo gaat de kennismaking: …
 *   70 plekken per dag. Op de wachtlijst: 23 kinderen (geteld op maandag 26 oktober).
 *   Contact: Ingrid Smit (coördinator huiskamer), 036-0000111, devlinder@example.org.
 */
import type { Contact, Huiskamer } from '../feed/schema';
import { t, type Formatter, type Lang } from '../i18n';
import type { FeedIndex, HuiskamerHit } from '../query';
import { asSentence, placeText } from './activity-block';

/**
 * The lines for one huiskamer. The ids of the contacts it names are added to
 * `named`, so the summary's closing list does not give them a second time.
 */
export function huiskamerBlock({ huiskamer, location, organization }: HuiskamerHit, index: FeedIndex, lang: Lang, format: Formatter, named: Set<string>): string[] {
  const messages = t(lang);
  const text = messages.summary;
  const waiting = huiskamer.waitingList;
  const contacts = (huiskamer.contactIds ?? [])
    .map((id) => index.contacts.get(id))
    .filter((contact): contact is Contact => contact?.publicationConsent === true);
  for (const contact of contacts) named.add(contact.id);
  // Without a contact person of its own, the organisation's phone, mail or website.
  const orgWays = organization ? [organization.phone, organization.email, organization.url].filter(Boolean) : [];
  const reach = contacts.length ? contacts.map(contactLine) : orgWays.length ? [[organization!.name, ...orgWays].join(', ')] : [];

  return [
    huiskamer.name,
    [text.forAges(format.ageRange(huiskamer.ageRange)), huiskamer.cost && asSentence(format.cost(huiskamer.cost))].filter(Boolean).join(' '),
    text.open(format.list(huiskamer.schedule.map((slot) => format.slot(slot)))),
    ...(location ? [text.where(placeText(location, huiskamer.name))] : []),
    // The summary's own short sentence: the panel's longer one would say "plek vragen" three times here.
    `${text.notWalkIn} ${whoMayAsk(huiskamer, lang, format)}`,
    ...(huiskamer.intake ? [`${messages.huiskamer.intake}: ${asSentence(huiskamer.intake)}`] : []),
    [
      text.placesPerDay(huiskamer.placesPerDay),
      waiting && (waiting.count === 0 ? text.noWaitingList : text.waitingList(waiting.count, format.date(waiting.countedOn))),
      waiting && waiting.count > 0 && waiting.expectedWeeks !== undefined && messages.huiskamer.waitingWeeks(waiting.expectedWeeks),
    ].filter(Boolean).join(' '),
    ...(reach.length ? [text.contact(reach.join(', '))] : []),
  ];
}

/** "Je kunt als ouder zelf een plek vragen voor je kind. Dit kan ook via de school en het wijkteam." */
function whoMayAsk(huiskamer: Huiskamer, lang: Lang, format: Formatter): string {
  const text = t(lang).huiskamer;
  const others = huiskamer.referrers.filter((referrer) => referrer !== 'parents').map((referrer) => t(lang).referrersInSentence[referrer]);
  if (!huiskamer.referrers.includes('parents')) return text.onlyVia(format.list(others, 'or'));
  return others.length ? `${text.parentsCanAsk} ${text.othersCanAsk(format.list(others))}` : text.parentsCanAsk;
}

/** 'Ingrid Smit (coördinator huiskamer), 036-0000111, devlinder@example.org'. */
export function contactLine(contact: Contact): string {
  return [`${contact.name} (${contact.role})`, contact.phone, contact.email].filter(Boolean).join(', ');
}
