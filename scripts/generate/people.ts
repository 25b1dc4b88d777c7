/**
 * Made-up people and ways to reach them: Dutch first names and surnames (with
 * tussenvoegsels such as "van der"), phone numbers as people write them, and
 * e-mail addresses at example.org, a domain reserved for examples.
 *
 *   const person = personName(random);   // { first: 'Fatima', full: 'Fatima van der Berg', … }
 *   emailFor(person);                    // 'fatima.vanderberg@example.org'
 */
import { foldText } from '../../lib/query/normalize';
import type { Random } from './random';

const FIRST_NAMES = [
  'Anouk', 'Bram', 'Chantal', 'Daan', 'Esra', 'Fatima', 'Gert', 'Hanneke', 'Ilse', 'Jeroen', 'Kim', 'Lotte',
  'Mohammed', 'Noor', 'Orlando', 'Priya', 'Quinten', 'Rachid', 'Sanne', 'Tom', 'Urvashi', 'Vera', 'Wouter',
  'Yasmina', 'Zeynep', 'Ahmet', 'Bas', 'Cor', 'Dewi', 'Emre', 'Femke', 'Gijs', 'Hatice', 'Iris', 'Joost',
  'Kevin', 'Linda', 'Marloes', 'Naima', 'Olga', 'Pieter', 'Roos', 'Samira', 'Thijs', 'Wendy', 'Youssef',
  'Mila', 'Sven', 'Nadia', 'Jasper', 'Ayşe', 'Chloë', 'Reinier', 'Sophie', 'Milan', 'Latifa', 'Ruben', 'Eline',
];
const INFIXES = ['van', 'de', 'van der', 'van den', 'van de', 'ter', 'den', "in 't"];
const SURNAMES = [
  'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker',
  'Brouwer', 'Dijkstra', 'Kok', 'Yılmaz', 'El Amrani', 'Bouzid', 'Kaya', 'Öztürk', 'Martina', 'Pinas', 'Nguyen',
  'Wijaya', 'Kramer', 'Postma', 'Willems', 'Koster', 'Prins', 'Huisman', 'Boer', 'Groot', 'Berg', 'Linden',
  'Veen', 'Wal', 'Heuvel', 'Leeuwen', 'Pol', 'Brink', 'Haar', 'Molen', 'Beek', 'Zanten', 'Kleij', 'Ramdin',
];
/** Surnames that usually come with a tussenvoegsel. */
const NEEDS_INFIX = new Set(['Berg', 'Linden', 'Veen', 'Wal', 'Heuvel', 'Leeuwen', 'Pol', 'Brink', 'Haar', 'Molen', 'Beek', 'Zanten', 'Kleij', 'Boer', 'Groot']);

export interface PersonName {
  first: string;
  last: string;
  full: string;
}

export function personName(random: Random): PersonName {
  const first = random.pick(FIRST_NAMES);
  const surname = random.pick(SURNAMES);
  const last = NEEDS_INFIX.has(surname) ? `${random.pick(INFIXES)} ${surname}` : surname;
  return { first, last, full: `${first} ${last}` };
}

const slug = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, '');

export function emailFor(person: PersonName): string {
  return `${slug(person.first)}.${slug(person.last)}@example.org`;
}

export function mailbox(name: string): string {
  return `${slug(name).slice(0, 40)}@example.org`;
}

const digits = (random: Random, count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');

/** A mobile number, as written in the Netherlands: 06-12345678. */
export function mobilePhone(random: Random): string {
  return `06-${random.int(1, 9)}${digits(random, 7)}`;
}

/** A landline in the town's area code: 030-1234567. */
export function landline(areaCode: string, random: Random): string {
  return `${areaCode}-${random.int(2, 9)}${digits(random, 6)}`;
}
