/**
 * What kinderwerk in a Dutch town offers: activity names with their category and
 * usual ages, a few plain-language descriptions per category, and the weekly
 * rhythm (Wednesday afternoon and after school on weekdays, Saturday morning).
 *
 *   const kind = random.pick(ACTIVITY_KINDS);   // { name: 'Knutselclub', category: 'creative', ages: [4, 10] }
 */
import type { ActivityCategory, Weekday, WeeklySlot } from '../../lib/feed/schema';
import type { Random } from './random';

export interface ActivityKind {
  name: string;
  category: ActivityCategory;
  ages: readonly [number, number];
}

const kind = (name: string, category: ActivityCategory, min: number, max: number): ActivityKind => ({ name, category, ages: [min, max] });

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  kind('Voetbal op het plein', 'sport', 6, 12), kind('Buurtsport', 'sport', 6, 12), kind('Basketbal', 'sport', 8, 12),
  kind('Judo voor kinderen', 'sport', 5, 10), kind('Freerunning', 'sport', 8, 12), kind('Tafeltennis', 'sport', 8, 12),
  kind('Atletiek', 'sport', 6, 12), kind('Kickboksen voor kids', 'sport', 8, 12), kind('Skateles', 'sport', 7, 12),
  kind('Gymmen in de zaal', 'sport', 4, 8), kind('Zwemmen na school', 'sport', 6, 12), kind('Hockey op het veld', 'sport', 6, 12),
  kind('Speelmiddag', 'play', 4, 12), kind('Spelletjesclub', 'play', 6, 12), kind('Buitenspelen met de speelbus', 'play', 4, 12),
  kind('Bordspellenclub', 'play', 7, 12), kind('Legomiddag', 'play', 5, 10), kind('Kleuterspeelochtend', 'play', 4, 6),
  kind('Knutselclub', 'creative', 4, 10), kind('Tekenles', 'creative', 6, 12), kind('Kunstatelier', 'creative', 6, 12),
  kind('Naaiclub', 'creative', 8, 12), kind('Fotografieclub', 'creative', 9, 12), kind('Houtbewerking', 'creative', 8, 12),
  kind('Theaterclub', 'creative', 7, 12), kind('Strips tekenen', 'creative', 8, 12), kind('Kleien en boetseren', 'creative', 5, 10),
  kind('Hiphop dansles', 'music-dance', 7, 12), kind('Kinderkoor', 'music-dance', 6, 12), kind('Drumles', 'music-dance', 8, 12),
  kind('Gitaarclub', 'music-dance', 8, 12), kind('Streetdance', 'music-dance', 8, 12), kind('Ballet', 'music-dance', 4, 9),
  kind('Popband voor kinderen', 'music-dance', 9, 12), kind('Breakdance', 'music-dance', 8, 12),
  kind('Kookclub', 'cooking', 7, 12), kind('Bakclub', 'cooking', 6, 12), kind('Gezond koken', 'cooking', 8, 12),
  kind('Wereldkeuken', 'cooking', 8, 12),
  kind('Huiswerkklas', 'learning', 8, 12), kind('Voorleesuurtje', 'learning', 4, 7), kind('Techniekclub', 'learning', 8, 12),
  kind('Programmeerclub', 'learning', 9, 12), kind('Taalclub', 'learning', 4, 10), kind('Schaakclub', 'learning', 7, 12),
  kind('Proefjesclub', 'learning', 6, 11), kind('Rekenspellen', 'learning', 6, 10),
  kind('Natuurspeurtocht', 'nature', 5, 11), kind('Moestuinclub', 'nature', 6, 12), kind('Hutten bouwen', 'nature', 6, 12),
  kind('Helpen op de kinderboerderij', 'nature', 6, 12), kind('Vogels kijken', 'nature', 7, 12), kind('Slootjesdag', 'nature', 5, 11),
  kind('Meidenclub', 'other', 8, 12), kind('Jongensclub', 'other', 8, 12), kind('Kinderraad', 'other', 9, 12),
  kind('Kinderdisco', 'other', 6, 12), kind('Filmmiddag', 'other', 6, 12), kind('Weerbaarheidstraining', 'other', 8, 12),
];

/** Mobile work: no fixed place, it visits a few buurten (`servesBuurten`). */
export const MOBILE_KINDS: readonly ActivityKind[] = [
  kind('Speelbus', 'play', 4, 12), kind('Sportbus', 'sport', 6, 12), kind('Pleinwerk', 'play', 6, 12), kind('Kinderwerk op straat', 'other', 6, 12),
];

const DESCRIPTIONS: Record<ActivityCategory, readonly string[]> = {
  sport: ['Samen sporten en bewegen op je eigen niveau. Neem sportschoenen en een flesje water mee.', 'Een uur lekker rennen, spelen en winnen (of verliezen). Iedereen mag meedoen.', 'De buurtsportcoach leert je de basis. Je hoeft niets te kunnen.'],
  play: ['Spelen met kinderen uit de buurt, binnen of buiten. De kinderwerkers doen mee.', 'Gewoon langskomen en meespelen. Er is ranja en fruit.', 'Elke week andere spellen. Ouders mogen even blijven kijken.'],
  creative: ['Maken, plakken, schilderen: elke week iets nieuws om mee naar huis te nemen.', 'Je leert technieken van een echte kunstenaar. Oude kleren aan!', 'Werken aan een eigen project. Aan het eind is er een tentoonstelling.'],
  'music-dance': ['Dansen op de nieuwste muziek. Aan het eind van het seizoen treden we op.', 'Samen muziek maken. Instrumenten zijn er, je hoeft zelf niets mee te nemen.', 'Leer de passen en maak je eigen choreografie.'],
  cooking: ['Samen koken en daarna samen eten. We letten op allergieën en halal.', 'Bakken met seizoensgroenten en fruit. Je neemt wat mee naar huis.', 'Gerechten uit de hele wereld, gekozen door de kinderen.'],
  learning: ['Hulp bij huiswerk en lezen, in een rustige ruimte met vrijwilligers.', 'Bouwen, onderzoeken en uitproberen. Hoe werkt het eigenlijk?', 'Spelenderwijs leren, met kleine groepjes.'],
  nature: ['Naar buiten! Dieren zoeken, hutten bouwen en vies worden mag.', 'Zaaien, wieden en oogsten in de buurtmoestuin.', 'Op ontdekkingstocht in het park met een natuurgids.'],
  other: ['Een eigen plek om te praten, te spelen en dingen samen te doen.', 'De kinderen bedenken zelf wat we gaan doen.', 'Samen een film kijken of feest vieren, met popcorn.'],
};

export function descriptionFor(category: ActivityCategory, random: Random): string {
  return random.pick(DESCRIPTIONS[category]);
}

/** Weekday afternoons after school, Wednesday from lunch (short school day), Saturday mornings. */
const SLOTS: readonly (readonly [{ days: Weekday[]; times: readonly (readonly [string, string])[] }, number])[] = [
  [{ days: ['WE'], times: [['13:30', '15:00'], ['14:00', '15:30'], ['14:00', '16:00']] }, 30],
  [{ days: ['MO', 'TU', 'TH', 'FR'], times: [['15:00', '16:30'], ['15:30', '17:00'], ['15:15', '16:15'], ['16:00', '17:30']] }, 50],
  [{ days: ['SA'], times: [['10:00', '11:30'], ['10:30', '12:00'], ['13:00', '14:30']] }, 15],
  [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], times: [['18:30', '19:30']] }, 5],
];

export function weeklySlots(random: Random): WeeklySlot[] {
  const count = random.chance(0.2) ? 2 : 1;
  const slots: WeeklySlot[] = [];
  const used = new Set<Weekday>();
  while (slots.length < count) {
    const pattern = random.weighted(SLOTS);
    const day = random.pick(pattern.days);
    if (used.has(day)) continue;
    used.add(day);
    const [startTime, endTime] = random.pick(pattern.times);
    slots.push({ byDay: [day], startTime, endTime });
  }
  return slots;
}

/** A holiday programme: every weekday of the holiday, morning or afternoon. */
export function holidaySlots(random: Random): WeeklySlot[] {
  const [startTime, endTime] = random.pick([['10:00', '12:00'], ['13:00', '16:00'], ['10:00', '15:00']] as const);
  return [{ byDay: ['MO', 'TU', 'WE', 'TH', 'FR'], startTime, endTime }];
}
