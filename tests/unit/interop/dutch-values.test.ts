import { describe, expect, it } from 'vitest';
import {
  parseAgeRange, parseCost, parseDate, parseDecimal, parseJoinMethod, parseYesNo,
} from '../../../lib/interop/dutch-values';

describe('values people write in spreadsheets', () => {
  it.each([
    ['6-12', { min: 6, max: 12 }],
    ['6 t/m 12', { min: 6, max: 12 }],
    ['6 tot en met 12 jaar', { min: 6, max: 12 }],
    ['4 – 8 jr', { min: 4, max: 8 }],
    ['8', { min: 8, max: 8 }],
    ['6 tot 12', { min: 6, max: 12 }],
    ['6 tot 12 jaar', { min: 6, max: 12 }],
    ['vanaf 6', { min: 6, max: 25 }],
    ['Vanaf 6 jaar', { min: 6, max: 25 }],
    ['6+', { min: 6, max: 25 }],
    ['6 jaar en ouder', { min: 6, max: 25 }],
  ])('reads the ages "%s"', (text, value) => {
    expect(parseAgeRange(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['6 tot', '"6 tot" is not an age range; write it as 6 t/m 12 or 6 tot 12 (both ages included), or vanaf 6'],
    ['12-6', '"12-6": the first age is higher than the second; write the youngest age first, e.g. 6 t/m 12'],
    ['18-65', '"18-65": ages above 25 are outside kinderwerk; use ages 0 to 25'],
  ])('explains the ages "%s"', (text, reason) => {
    expect(parseAgeRange(text)).toEqual({ ok: false, reason });
  });

  it.each([
    ['gratis', { free: true }],
    ['Gratis', { free: true }],
    ['0', { free: true }],
    ['gratis met U-pas', { free: true, note: 'met U-pas' }],
    ['€ 1,50 per keer', { free: false, amount: 1.5, note: 'per keer' }],
    ['2 euro', { free: false, amount: 2 }],
    ['€2,00', { free: false, amount: 2 }],
    ['€ 1.250,00', { free: false, amount: 1250 }],
    ['€ 1.000,-', { free: false, amount: 1000 }],
    ['€ 5,- per keer', { free: false, amount: 5, note: 'per keer' }],
  ])('reads the cost "%s"', (text, value) => {
    expect(parseCost(text)).toEqual({ ok: true, value });
  });

  it('never advises "6-12" for ages, which Excel turns into a date', () => {
    for (const text of ['6 tot', '12-6', 'zes']) {
      const parsed = parseAgeRange(text);
      expect(parsed.ok ? '' : parsed.reason).not.toMatch(/\b6-12\b/);
    }
  });

  it.each(['£ 3.50 per session', '3.50 GBP', '$5'])('keeps "%s" as text, not as euros, and says so', (text) => {
    expect(parseCost(text)).toMatchObject({ ok: true, value: { free: false, note: text } });
    expect(parseCost(text)).not.toHaveProperty('value.amount');
    expect(parseCost(text)).toHaveProperty('warning', expect.stringContaining('not in euros; it was kept as a note without an amount'));
  });

  it('explains a cost it cannot read', () => {
    expect(parseCost('vrijwillige bijdrage')).toEqual({
      ok: false,
      reason: '"vrijwillige bijdrage" is not a cost; write "gratis" or an amount like "€ 1,50 per keer"',
    });
  });

  it.each([
    ['binnenlopen', 'walk-in'],
    ['Vrije inloop', 'walk-in'],
    ['aanmelden', 'sign-up'],
    ['Opgeven bij Samira', 'sign-up'],
    ['via verwijzing', 'referral'],
  ])('reads how to join from "%s"', (text, value) => {
    expect(parseJoinMethod(text)).toEqual({ ok: true, value });
  });

  it('reads dates day-first as in the Netherlands, and refuses dates that do not exist', () => {
    expect(parseDate('1-3-2026')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('2026-03-01')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDate('31-02-2026')).toEqual({
      ok: false,
      reason: '"31-02-2026" is not a date; write it as 2026-03-01 or 1-3-2026 (day-month-year)',
    });
  });

  it('reads decimal commas, yes and no', () => {
    expect(parseDecimal('52,37512')).toEqual({ ok: true, value: 52.37512 });
    expect(parseDecimal('5.21843')).toEqual({ ok: true, value: 5.21843 });
    expect(parseYesNo('Ja')).toEqual({ ok: true, value: true });
    expect(parseYesNo('nee')).toEqual({ ok: true, value: false });
    expect(parseYesNo('misschien')).toEqual({ ok: false, reason: '"misschien" is not yes or no; write ja or nee' });
  });
});
