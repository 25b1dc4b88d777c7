import { describe, expect, it } from 'vitest';
import { areaSummaryText } from '../../../lib/summary/area-summary';
import { createFeedIndex } from '../../../lib/query';
import { validDemo } from '../../helpers/demo-feed';

const index = createFeedIndex(validDemo('almere.json').data);
const tilburg = createFeedIndex(validDemo('tilburg.json').data);
// A Monday in a normal school week, and the Saturday of that week.
const MONDAY = new Date('2026-11-23T10:00:00+01:00');
const SATURDAY = new Date('2026-11-28T10:00:00+01:00');
const FILMWIJK = 'BU00340202';
const PARKWIJK = 'BU00340204';

const summary = (code: string, now = SATURDAY, lang: 'nl' | 'en' = 'nl') => areaSummaryText(index, code, lang, now)!;
/** The lines of one block (an activity or huiskamer), from its name to the blank line after it. */
const block = (text: string, name: string) => text.split('\n\n').find((part) => part.startsWith(`${name}\n`))!.split('\n');

describe('copy summary of a buurt', () => {
  it('starts with the buurt and municipality and ends with the source', () => {
    const text = summary(FILMWIJK);
    expect(text.split('\n')[0]).toBe('Kinderwerk in Filmwijk (Almere)');
    expect(text).toMatch(/\nBron: .+, bijgewerkt op zondag 1 november\.\nLet op: dit zijn voorbeeldgegevens\.$/);
    expect(text).not.toMatch(/<|undefined|NaN/);
  });

  it('says a full activity is full instead of asking to sign up', () => {
    const theater = block(summary(FILMWIJK), 'Theaterclub De Filmsterren');
    expect(theater).toContain('Vol: er is nu geen plek meer.');
    expect(theater.join(' ')).not.toMatch(/aanmelden|Meld je kind/i);
    expect(block(summary(FILMWIJK, SATURDAY, 'en'), 'Theaterclub De Filmsterren')).toContain('Full: there are no places left.');
  });

  it('gives the sessions of the coming 7 days with their dates, none that is already over', () => {
    const text = summary(FILMWIJK);
    expect(text).toContain('Activiteiten in de komende 7 dagen:');
    // On Saturday the Monday and Wednesday of this week are past: the next sessions are next week's.
    expect(block(text, 'Theaterclub De Filmsterren')).toContain('Wanneer: ma 30 nov 15:00–16:30.');
    expect(block(text, 'Voetbal Filmwijk')).toContain('Wanneer: wo 2 dec 14:00–15:30.');
    expect(text).not.toMatch(/2[3-7] nov/);
    // Listed in the order they happen.
    expect(text.indexOf('Theaterclub')).toBeLessThan(text.indexOf('Voetbal Filmwijk'));
  });

  it('gives each place with its whole address, postcode included', () => {
    expect(block(summary(FILMWIJK), 'Voetbal Filmwijk')).toEqual([
      'Voetbal Filmwijk',
      'Voor kinderen van 7 tot 12 jaar. Gratis.',
      'Wanneer: wo 2 dec 14:00–15:30.',
      'Waar: Brede school Filmwijk, Greta Garbostraat 3, 1325 RB Almere.',
      'Je kunt zo binnenlopen.',
    ]);
  });

  it('tells once and plainly who can ask for a huiskamer place, parents too, with intake, cost and whom to contact', () => {
    const text = summary(FILMWIJK);
    const vlinder = block(text, 'Huiskamer De Vlinder');
    expect(vlinder).toContain('Je kind kan hier niet zomaar binnenlopen. Je kunt als ouder zelf een plek vragen voor je kind. Dit kan ook via de school, de GGD, de jeugd-GGZ, de wijkagent en het wijkteam.');
    expect(vlinder).toContain('Voor kinderen van 4 tot 12 jaar. Gratis, ook het eten.');
    expect(vlinder.find((line) => line.startsWith('Zo gaat de kennismaking: Na de aanmelding bellen we'))).toBeDefined();
    expect(vlinder).toContain('70 plekken per dag. Op de wachtlijst: 23 kinderen (geteld op maandag 26 oktober). Je wacht ongeveer 10 weken.');
    expect(vlinder).toContain('Contact: Ingrid Smit (coördinator huiskamer), 036-0000111, devlinder@example.org.');
    expect(text.match(/verwijzing/gi) ?? []).toHaveLength(0);
    // The coordinator is named with her huiskamer, not a second time under "Vragen?".
    expect(text.match(/Ingrid Smit/g)).toHaveLength(1);
  });

  it('says who may ask when parents may not', () => {
    const text = [...index.areas.buurten.keys()].map((code) => summary(code)).find((t) => t.includes('Een plek vragen gaat via'))!;
    expect(text).toMatch(/Een plek vragen gaat via [^.]+ of [^.]+\./);
    expect(text).not.toContain('Je kunt als ouder zelf');
  });

  it('shows a play bus only on the day it is in this buurt', () => {
    const bus = block(summary(PARKWIJK, MONDAY), 'De Speelbus in Almere Stad');
    expect(bus).toContain('Wanneer: di 24 nov 15:00–17:00.');
    expect(bus).toContain('Waar: in Parkwijk. Kijk op https://example.org/kinderwerk-almere/speelbus waar precies.');
    // Its Wednesday stop is Waterwijk, with the Wednesday times.
    expect(block(summary('BU00340206', MONDAY), 'De Speelbus in Almere Stad')).toContain('Wanneer: wo 25 nov 14:00–17:00.');
  });

  it('points a buurt without activities to the nearest buurten that have some', () => {
    const text = summary('BU00340101');
    expect(text).toContain('In de komende 7 dagen zijn er geen activiteiten in Centrum Almere Haven.');
    expect(text).toMatch(/Dichtbij zijn wel activiteiten: in De Hoven \(ongeveer \d+\u00a0m\), [^,]+ \(ongeveer [^)]+\) en [^,]+ \(ongeveer [^)]+\)\./);
  });

  it('writes plain sentences: no semicolons, and each price once', () => {
    for (const feed of [index, tilburg]) {
      for (const code of [...feed.areas.buurten.keys(), ...feed.areas.wijken.keys()]) {
        for (const lang of ['nl', 'en'] as const) {
          const text = areaSummaryText(feed, code, lang, SATURDAY)!;
          expect(text, code).not.toContain(';');
          for (const line of text.split('\n')) expect((line.match(/€/g) ?? []).length, line).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('narrows to one child: says what was chosen and gives only what fits, on that day', () => {
    const child = { age: 5, days: ['WE' as const], freeOnly: true, join: ['walk-in' as const] };
    const whole = areaSummaryText(index, 'WK003402', 'nl', SATURDAY)!;
    const text = areaSummaryText(index, 'WK003402', 'nl', SATURDAY, child)!;
    expect(text.split('\n')[1]).toBe('Alleen wat past: voor een kind van 5 jaar, op woensdag, gratis en zonder aanmelden.');
    // On Wednesdays the bus is in Waterwijk only.
    expect(block(text, 'De Speelbus in Almere Stad')).toContain('Waar: in Waterwijk. Kijk op https://example.org/kinderwerk-almere/speelbus waar precies.');
    // Whom to ask: the people of these activities, not every known face of the wijk.
    expect(text.split('Vragen? Neem contact op met:\n')[1].split('\n\n')[0].split('\n').length).toBeLessThanOrEqual(3);
    for (const line of text.split('\n').filter((l) => l.startsWith('Wanneer:'))) expect(line).toMatch(/^Wanneer: wo \d+ dec [\d:–]+\.$/);
    expect(text).not.toMatch(/Meld je kind eerst aan|Huiskamer/);
    expect(text.length).toBeLessThan(whole.length / 3);
  });

  it('is written in English too', () => {
    const text = summary(FILMWIJK, SATURDAY, 'en');
    expect(text).toContain('Activities in the next 7 days:');
    expect(block(text, 'Voetbal Filmwijk')).toContain('When: Wed 2 Dec 14:00–15:30.');
    expect(block(text, 'Huiskamer De Vlinder')).toContain('Your child cannot just walk in here. As a parent, you can ask for a place for your child yourself. You can also go through the school, the public health service (GGD), youth mental health care, the neighbourhood police officer and the neighbourhood team.');
  });

  it('never names a person who did not consent to be published', () => {
    for (const code of index.areas.buurten.keys()) {
      expect(areaSummaryText(index, code, 'nl', MONDAY)).not.toContain('Annelies Vermeulen');
    }
  });

  it('gives nothing for an unknown code', () => {
    expect(areaSummaryText(index, 'BU99999999', 'nl', MONDAY)).toBeUndefined();
  });
});
