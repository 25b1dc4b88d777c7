/**
 * Dutch place names for synthetic neighbourhoods. Dutch towns name a wijk after a
 * theme and its buurten and streets after words of that theme (Bloemenwijk:
 * Rozenbuurt, Tulpenstraat), so a generated city reads like a real one.
 *
 *   const theme = wijkTheme(3);            // { wijkName: 'Componistenbuurt', words: ['Mozart', …] }
 *   buurtName('Mozart', 0);               // 'Mozartbuurt'
 *   streetName('Mozart', random);         // 'Mozartlaan'
 */
import type { Random } from './random';

interface Theme {
  wijk: string;
  words: readonly string[];
}

const THEMES: readonly Theme[] = [
  { wijk: 'Bloemenwijk', words: ['Rozen', 'Tulpen', 'Narcissen', 'Lelie', 'Anjer', 'Krokus', 'Iris', 'Dahlia', 'Violieren', 'Hyacinten'] },
  { wijk: 'Vogelwijk', words: ['Merel', 'Lijster', 'Specht', 'Zwaluw', 'Reiger', 'Kievit', 'Mees', 'Vink', 'Spreeuw', 'Valk'] },
  { wijk: 'Schilderswijk', words: ['Rembrandt', 'Vermeer', 'Frans Hals', 'Jan Steen', 'Mondriaan', 'Van Gogh', 'Breitner', 'Israëls', 'Mesdag', 'Ruysdael'] },
  { wijk: 'Componistenbuurt', words: ['Mozart', 'Bach', 'Beethoven', 'Chopin', 'Haydn', 'Schubert', 'Vivaldi', 'Händel', 'Verdi', 'Ravel'] },
  { wijk: 'Bomenwijk', words: ['Eiken', 'Beuken', 'Linden', 'Kastanje', 'Wilgen', 'Berken', 'Esdoorn', 'Populieren', 'Iepen', 'Platanen'] },
  { wijk: 'Zeeheldenkwartier', words: ['De Ruyter', 'Tromp', 'Piet Hein', 'Evertsen', 'Van Galen', 'Van Speijk', 'De Witt', 'Heemskerck', 'Banckert', 'Van Brakel'] },
  { wijk: 'Rivierenwijk', words: ['Rijn', 'Maas', 'Waal', 'IJssel', 'Vecht', 'Amstel', 'Dommel', 'Lek', 'Linge', 'Eem'] },
  { wijk: 'Sterrenwijk', words: ['Orion', 'Pegasus', 'Andromeda', 'Sirius', 'Polaris', 'Vega', 'Lyra', 'Draco', 'Cassiopeia', 'Perseus'] },
  { wijk: 'Molenwijk', words: ['Korenmolen', 'Windmolen', 'Watermolen', 'Zaagmolen', 'Oliemolen', 'Poldermolen', 'Molenwiek', 'Molensteen', 'Molenaar', 'Standerd'] },
  { wijk: 'Fruitbuurt', words: ['Appel', 'Peren', 'Kersen', 'Pruimen', 'Bessen', 'Druiven', 'Abrikozen', 'Perziken', 'Mispel', 'Kweepeer'] },
  { wijk: 'Dichterswijk', words: ['Vondel', 'Bilderdijk', 'Multatuli', 'Gorter', 'Potgieter', 'Da Costa', 'Tollens', 'Staring', 'Hooft', 'Huygens'] },
  { wijk: 'Edelstenenbuurt', words: ['Robijn', 'Saffier', 'Smaragd', 'Diamant', 'Parel', 'Opaal', 'Topaas', 'Granaat', 'Jade', 'Amethist'] },
  { wijk: 'Provinciënwijk', words: ['Friesland', 'Groningen', 'Drenthe', 'Overijssel', 'Gelderland', 'Zeeland', 'Limburg', 'Brabant', 'Utrecht', 'Flevoland'] },
  { wijk: 'Kruidenwijk', words: ['Tijm', 'Salie', 'Rozemarijn', 'Basilicum', 'Dille', 'Munt', 'Lavendel', 'Kervel', 'Peterselie', 'Bieslook'] },
  { wijk: 'Havenkwartier', words: ['Kade', 'Steiger', 'Dok', 'Pier', 'Sluis', 'Werf', 'Loods', 'Anker', 'Boei', 'Haven'] },
  { wijk: 'Polderwijk', words: ['Dijk', 'Sloot', 'Gemaal', 'Weide', 'Akker', 'Greppel', 'Kreek', 'Dam', 'Polder', 'Wetering'] },
  { wijk: 'Muziekwijk', words: ['Viool', 'Cello', 'Fluit', 'Harp', 'Trompet', 'Hobo', 'Klarinet', 'Trommel', 'Luit', 'Gitaar'] },
  { wijk: 'Indische Buurt', words: ['Java', 'Sumatra', 'Borneo', 'Bali', 'Celebes', 'Lombok', 'Ambon', 'Timor', 'Flores', 'Madura'] },
  { wijk: 'Kastelenbuurt', words: ['Muiderslot', 'Loevestein', 'Doornenburg', 'Radboud', 'Ammersoyen', 'Hernen', 'Duurstede', 'Haarzuilens', 'Sypesteyn', 'Hoensbroek'] },
  { wijk: 'Vlinderbuurt', words: ['Atalanta', 'Citroenvlinder', 'Dagpauwoog', 'Koninginnenpage', 'Oranjetipje', 'Zandoogje', 'Parelmoer', 'Distelvlinder', 'Icarus', 'Koolwitje'] },
  { wijk: 'Binnenstad', words: ['Markt', 'Kerkplein', 'Gasthuis', 'Begijnhof', 'Stadhuis', 'Waag', 'Vismarkt', 'Poort', 'Wal', 'Gracht'] },
  { wijk: 'Hoevenwijk', words: ['Hoeve', 'Schuur', 'Stal', 'Erf', 'Hooiberg', 'Boomgaard', 'Melkweg', 'Wei', 'Kamp', 'Esch'] },
  { wijk: 'Landgoederenbuurt', words: ['Groeneveld', 'Beeckestijn', 'Elswout', 'Duinlust', 'Boekesteyn', 'Oostbroek', 'Rhijnauwen', 'Zuylestein', 'Amelisweerd', 'Slangenburg'] },
  { wijk: 'Eilandenbuurt', words: ['Texel', 'Vlieland', 'Terschelling', 'Ameland', 'Schiermonnikoog', 'Marken', 'Urk', 'Pampus', 'Tiengemeten', 'Schokland'] },
  { wijk: 'Planetenbuurt', words: ['Mercurius', 'Venus', 'Aarde', 'Mars', 'Jupiter', 'Saturnus', 'Uranus', 'Neptunus', 'Pluto', 'Maan'] },
  { wijk: 'Heidewijk', words: ['Heide', 'Brem', 'Varen', 'Jeneverbes', 'Vliegden', 'Zandverstuiving', 'Ven', 'Duin', 'Bosrand', 'Hei'] },
  { wijk: 'Tuindorp', words: ['Tuin', 'Prieel', 'Pergola', 'Kas', 'Moestuin', 'Vijver', 'Borders', 'Hortus', 'Gazon', 'Heg'] },
  { wijk: 'Wetenschapsbuurt', words: ['Lorentz', 'Zernike', 'Huygens', 'Kamerlingh Onnes', 'Van der Waals', 'Einthoven', 'Zeeman', 'Debye', 'Tinbergen', 'Leeuwenhoek'] },
  { wijk: 'Oranjewijk', words: ['Willem', 'Juliana', 'Wilhelmina', 'Beatrix', 'Emma', 'Maurits', 'Frederik', 'Hendrik', 'Sophia', 'Amalia'] },
  { wijk: 'Dierenbuurt', words: ['Vos', 'Das', 'Egel', 'Haas', 'Eekhoorn', 'Otter', 'Bever', 'Hert', 'Ree', 'Konijn'] },
];

/** Large cities reuse a theme in another part of town: Bloemenwijk-Noord, Vogelwijk-Oost. */
const PARTS = ['', 'Noord', 'Zuid', 'Oost', 'West', 'Midden', 'Buiten', 'Binnen', 'Nieuw', 'Oud'];

const BUURT_ENDINGS = ['buurt', 'buurt', 'buurt', 'hof', 'park', 'kwartier', 'veld', 'dreef'];
const STREET_ENDINGS = ['straat', 'straat', 'laan', 'laan', 'weg', 'plein', 'hof', 'singel', 'pad', 'kade', 'dreef', 'erf'];

export interface WijkTheme {
  wijkName: string;
  /** Added to buurt names in a reused theme, e.g. `Noord`. */
  part: string;
  words: readonly string[];
}

/** The theme of the `index`-th wijk: every theme once, then again per part of town. */
export function wijkTheme(index: number): WijkTheme {
  const theme = THEMES[index % THEMES.length];
  const part = PARTS[Math.floor(index / THEMES.length) % PARTS.length];
  const round = Math.floor(index / (THEMES.length * PARTS.length));
  const suffix = [part, round > 0 ? String(round + 1) : ''].filter(Boolean).join(' ');
  return { wijkName: suffix ? `${theme.wijk}-${suffix}` : theme.wijk, part: suffix, words: theme.words };
}

export function buurtName(word: string, index: number, part = ''): string {
  const name = word + BUURT_ENDINGS[index % BUURT_ENDINGS.length];
  return part ? `${name} ${part}` : name;
}

/** "Frans Hals" → "Frans Halsstraat", "IJssel" → "IJssellaan": Dutch writes the ending on. */
export function streetName(word: string, random: Random): string {
  return word + random.pick(STREET_ENDINGS);
}

/** Words for streets in buurten that come from a real boundary file and have no theme. */
export const GENERAL_STREET_WORDS: readonly string[] = THEMES.flatMap((theme) => theme.words.slice(0, 3));
