/**
 * Reads the parts of an HSDS service our feed needs and HSDS spreads over
 * several places: ages (`minimum_age`/`maximum_age`, a legacy `eligibility`, or
 * the eligibility text), cost (`cost_options` or `fees_description`), how to
 * join (our attribute, or words in `application_process`), languages and the
 * CBS buurten in `service_areas`. Each reports what it had to assume.
 *
 *   readAges(service, report); // { min: 6, max: 12 } or undefined (reported)
 */
import type { AgeRange, Cost, JoinMethod } from '../feed/schema';
import { languageCode } from './dutch-words';
import { guessJoinMethod, parseCost } from './dutch-values';
import { attributeValue } from './hsds-vocabulary';
import { asNumber, asRecords, asString, type JsonRecord } from './json-read';

/** Reports at a field below the service, e.g. `minimum_age`. */
export type FieldReporter = (field: string, reason: string, severity?: 'error' | 'warning') => void;

const MAX_AGE = 25;
/** The longest fee text read as a price; also the longest cost note the feed takes. */
const MAX_COST_TEXT = 300;
const AGE_TEXT = /(\d{1,2})\s*(?:-|–|t\/m|tot en met|tot|to|until)\s*(\d{1,2})\s*(?:jaar|years?|jr)?/i;

export function readAges(service: JsonRecord, report: FieldReporter): AgeRange | undefined {
  const legacy = asRecords(service.eligibility)[0] ?? {};
  let min = asNumber(service.minimum_age) ?? asNumber(legacy.minimum_age);
  let max = asNumber(service.maximum_age) ?? asNumber(legacy.maximum_age);
  if (min === undefined && max === undefined) {
    const text = asString(service.eligibility_description) ?? '';
    const match = AGE_TEXT.exec(text);
    if (!match) {
      report('minimum_age', 'no ages: give minimum_age and maximum_age (kinderwerk is shown by age); this service was left out', 'error');
      return undefined;
    }
    [min, max] = [Number(match[1]), Number(match[2])];
    report('eligibility_description', `ages read from the text "${match[0].trim()}"; give minimum_age and maximum_age to be sure`);
  }
  if (min === undefined) {
    min = 0;
    report('minimum_age', 'no minimum_age; used 0');
  }
  if (max === undefined) {
    max = 18;
    report('maximum_age', 'no maximum_age; used 18');
  }
  if (min > MAX_AGE) {
    report('minimum_age', `minimum_age ${min} is not a child's age; this service was left out`, 'error');
    return undefined;
  }
  if (max > MAX_AGE) {
    report('maximum_age', `maximum_age ${max} is above ${MAX_AGE}; used ${MAX_AGE}`);
    max = MAX_AGE;
  }
  if (min > max) {
    report('maximum_age', `maximum_age ${max} is below minimum_age ${min}; this service was left out`, 'error');
    return undefined;
  }
  return { min: Math.floor(min), max: Math.ceil(max) };
}

export function readCost(service: JsonRecord, report: FieldReporter): Cost {
  const options = asRecords(service.cost_options)
    .map((option, index) => ({ option, index, amount: asNumber(option.amount) }))
    .filter((entry) => entry.amount !== undefined);
  if (options.length > 0) {
    const cheapest = options.reduce((a, b) => ((b.amount ?? 0) < (a.amount ?? 0) ? b : a));
    const currency = asString(cheapest.option.currency)?.toUpperCase();
    const note = asString(cheapest.option.amount_description) ?? asString(cheapest.option.option);
    const amount = cheapest.amount ?? 0;
    if (currency && currency !== 'EUR' && amount > 0) {
      // The feed's amounts are euros: a price in pounds shown as euros would be wrong, so only its text is kept.
      report(`cost_options[${cheapest.index}].currency`, `the amount ${amount} ${currency} is not in euros; it was kept as a note without an amount. Give the price in EUR`);
      return { free: false, note: [`${amount} ${currency}`, note].filter(Boolean).join(', ').slice(0, MAX_COST_TEXT) };
    }
    return { free: amount === 0, ...(amount > 0 ? { amount } : {}), ...(note ? { note: note.slice(0, MAX_COST_TEXT) } : {}) };
  }
  const fees = asString(service.fees_description) ?? asString(service.fees);
  if (fees) {
    // A price is said in a few words; a longer text is a description of the fees, kept as the note.
    const parsed = fees.length <= MAX_COST_TEXT ? parseCost(fees) : undefined;
    if (parsed?.ok && parsed.warning) report('fees_description', parsed.warning);
    if (parsed?.ok) return parsed.value;
    const note = fees.slice(0, MAX_COST_TEXT).trimEnd();
    return { free: /\b(gratis|free|kosteloos|no charge)\b/i.test(fees), note };
  }
  report('cost_options', 'no cost given (cost_options or fees_description); assumed free. Add a cost option with amount 0 to say so');
  return { free: true };
}

export function readJoinMethod(service: JsonRecord, report: FieldReporter): JoinMethod {
  const ours = attributeValue(service, 'join');
  if (ours === 'walk-in' || ours === 'sign-up' || ours === 'referral') return ours;
  const text = [service.application_process, service.eligibility_description].map(asString).filter(Boolean).join(' ');
  const guessed = guessJoinMethod(text);
  if (guessed) return guessed;
  report('application_process', 'could not tell how a child joins; assumed sign-up. Say "walk in"/"binnenlopen", "sign up"/"aanmelden" or "referral"/"verwijzing" in application_process');
  return 'sign-up';
}

export function readLanguages(service: JsonRecord): string[] | undefined {
  const codes = asRecords(service.languages)
    .map((language) => languageCode(asString(language.code) ?? '') ?? languageCode(asString(language.name) ?? ''))
    .filter((code): code is string => code !== undefined);
  return codes.length > 0 ? [...new Set(codes)] : undefined;
}

const BUURT_CODE = /\bBU\d{4}[0-9A-Z]{4}\b/g;

/** CBS buurt codes named anywhere in the service areas (uri, name, description). */
export function readServiceAreaBuurten(service: JsonRecord): string[] {
  const codes = asRecords(service.service_areas).flatMap((area) =>
    [area.uri, area.name, area.description].map(asString).filter(Boolean).flatMap((text) => text!.match(BUURT_CODE) ?? []),
  );
  return [...new Set(codes)];
}
