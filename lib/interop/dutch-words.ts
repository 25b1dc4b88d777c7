/**
 * The Dutch (and English) words a spreadsheet may use for the feed's fixed
 * choices. The first word of each entry is the one the templates use and the
 * problem messages suggest.
 *
 *   parseChoice('Creatief', CATEGORY_WORDS); // { ok: true, value: 'creative' }
 *   languageCode('Oekraïens');              // 'uk'
 */
import type { ActivityCategory, ActivityProgramme, LocationKind, Referrer } from '../feed/schema';
import type { Aim, PartnerType } from '../insight/types';

type Vocabulary<T extends string> = ReadonlyArray<readonly [T, readonly string[]]>;

export const CATEGORY_WORDS: Vocabulary<ActivityCategory> = [
  ['sport', ['sport', 'bewegen', 'voetbal', 'gym', 'zwem', 'turn', 'football', 'basketbal', 'hockey', 'judo', 'atletiek', 'tennis']],
  ['play', ['spel', 'spelen', 'play', 'game', 'speel']],
  ['creative', ['creatief', 'knutsel', 'creative', 'teken', 'craft', 'schilder', 'kunst']],
  ['music-dance', ['muziek en dans', 'muziek', 'dans', 'music', 'danc', 'zing', 'theater', 'drama']],
  ['cooking', ['koken', 'cooking', 'kook', 'bakken', 'baking']],
  ['learning', ['leren', 'huiswerk', 'learning', 'bijles', 'taalles', 'lezen', 'educatie', 'homework']],
  ['nature', ['natuur', 'nature', 'tuinier', 'moestuin', 'buiten']],
  ['other', ['anders', 'other', 'overig', 'overige']],
];

export const PROGRAMME_WORDS: Vocabulary<ActivityProgramme> = [
  ['weekly', ['wekelijks', 'weekly', 'elke week', 'iedere week']],
  ['course', ['cursus', 'course', 'reeks', 'training']],
  ['holiday', ['vakantie', 'holiday', 'vakantieactiviteit', 'zomer', 'kamp']],
];

export const LOCATION_KIND_WORDS: Vocabulary<LocationKind> = [
  ['community-centre', ['buurthuis', 'wijkcentrum', 'community-centre', 'buurtcentrum', 'ontmoetingscentrum', 'clubhuis', 'community centre']],
  ['school', ['school', 'basisschool', 'brede school', 'kindcentrum', 'ikc']],
  ['playground', ['speeltuin', 'playground', 'speelplaats', 'speelveld', 'trapveld', 'cruyff court']],
  ['huiskamer', ['huiskamer', 'living room']],
  ['outdoors', ['buiten', 'outdoors', 'park', 'plein', 'veld']],
  ['other', ['anders', 'other', 'overig', 'overige']],
];

export const REFERRER_WORDS: Vocabulary<Referrer> = [
  ['parents', ['ouders', 'parents', 'ouder', 'verzorgers']],
  ['school', ['school', 'leerkracht', 'intern begeleider', 'ib-er']],
  ['ggd', ['ggd', 'jeugdarts', 'jgz', 'consultatiebureau']],
  ['jeugd-ggz', ['jeugd-ggz', 'jeugd ggz', 'ggz']],
  ['wijkagent', ['wijkagent', 'politie', 'police']],
  ['wijkteam', ['wijkteam', 'sociaal wijkteam', 'buurtteam', 'jeugdteam', 'cjg']],
  ['huisarts', ['huisarts', 'gp', 'poh', 'praktijkondersteuner']],
  ['other', ['anders', 'other', 'overig', 'overige']],
];

/** The aims of kinderwerk; the Dutch labels of the municipality view read back too ("Gezond opgroeien"). */
export const AIM_WORDS: Vocabulary<Aim> = [
  ['talent-development', ['talenten', 'talent', 'talentontwikkeling', 'sociale vaardigheden', 'ontwikkeling', 'social skills']],
  ['preventive-support', ['preventie', 'preventieve steun', 'vroeg signaleren', 'signaleren', 'early signalling', 'prevention']],
  ['healthy-growing-up', ['gezond', 'gezond opgroeien', 'gezond groot worden', 'healthy']],
  ['inclusion', ['meedoen', 'inclusie', 'inclusion', 'erbij horen', 'participation']],
  ['parent-involvement', ['ouders', 'ouders betrekken', 'ouderbetrokkenheid', 'parents', 'parent']],
];

export const PARTNER_TYPE_WORDS: Vocabulary<PartnerType> = [
  ['school', ['school', 'basisschool', 'onderwijs', 'ikc', 'kindcentrum']],
  ['jongerenwerk', ['jongerenwerk', 'jongerenwerker', 'youth work']],
  ['kinderopvang', ['kinderopvang', 'bso', 'opvang', 'peuterspeelzaal', 'childcare']],
  ['jeugdzorg', ['jeugdzorg', 'jeugdhulp', 'jeugd-ggz', 'youth care']],
  ['ggd', ['ggd', 'jgz', 'jeugdgezondheidszorg', 'consultatiebureau']],
  ['wijkteam', ['wijkteam', 'sociaal wijkteam', 'buurtteam', 'jeugdteam', 'cjg']],
  ['sport', ['sport', 'sportclub', 'sportvereniging', 'buurtsportcoach']],
  ['cultuur', ['cultuur', 'bibliotheek', 'muziekschool', 'museum', 'culture']],
  ['other', ['anders', 'other', 'overig', 'overige']],
];

/** Language names people write, to BCP 47 codes. A Map, so a word like "constructor" finds nothing. */
const LANGUAGE_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  nederlands: 'nl', dutch: 'nl', engels: 'en', english: 'en', arabisch: 'ar', arabic: 'ar',
  turks: 'tr', turkish: 'tr', pools: 'pl', polish: 'pl', oekraiens: 'uk', ukrainian: 'uk',
  papiaments: 'pap', berbers: 'ber', tamazight: 'ber', somalisch: 'so', tigrinya: 'ti', tigrinja: 'ti',
  farsi: 'fa', perzisch: 'fa', dari: 'prs', spaans: 'es', spanish: 'es', frans: 'fr', french: 'fr',
  duits: 'de', german: 'de', portugees: 'pt', roemeens: 'ro', bulgaars: 'bg', russisch: 'ru', koerdisch: 'ku',
  sranantongo: 'srn', hindi: 'hi', chinees: 'zh', mandarijn: 'zh',
}));

/**
 * The BCP 47 code for a language as people write it: a code ("nl", "nl-NL", "ar_MA")
 * or a name in Dutch or English ("Nederlands", "Oekraïens"); undefined when unknown.
 */
export function languageCode(text: string): string | undefined {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().trim();
  const code = folded.split(/[-_]/)[0];
  if (/^[a-z]{2,3}$/.test(code)) return code;
  return LANGUAGE_WORDS.get(folded);
}
