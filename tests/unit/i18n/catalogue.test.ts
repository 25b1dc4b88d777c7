import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { nl } from '../../../lib/i18n/nl';
import { LANGS, t } from '../../../lib/i18n';

/** Every text in a catalogue as [key path, text]; functions are called with sample arguments. */
function texts(node: unknown, path = ''): [string, string][] {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node === 'function') {
    const args = Array.from({ length: node.length }, (_, i) => (i === 0 ? 2 : 'X'));
    return [[`${path}()`, String((node as (...a: unknown[]) => unknown)(...args))]];
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => texts(value, path ? `${path}.${key}` : key));
  }
  return [[path, `not a text: ${String(node)}`]];
}

const kinds = (catalogue: object): string[] => texts(catalogue).map(([key]) => key).sort();

describe('message catalogues', () => {
  it('have no empty texts', () => {
    for (const catalogue of [nl, en]) {
      const empty = texts(catalogue).filter(([, text]) => text.trim() === '' || text.includes('undefined'));
      expect(empty).toEqual([]);
    }
  });

  // That both have the same keys is proved in keys-used.test.ts; a function is marked `()`.
  it('use the same kind of entry (text or function) under each key', () => {
    expect(kinds(en)).toEqual(kinds(nl));
  });

  it('speak plain Dutch for the words users see most', () => {
    const m = t('nl');
    expect(m.cost.free).toBe('Gratis');
    expect(m.join['walk-in']).toBe('Zonder aanmelden binnenlopen');
    expect(m.join.referral).toBe('Alleen via een verwijzing');
    expect(m.huiskamer.waitingList).toBe('Wachtlijst');
    expect(m.huiskamer.placesPerDay).toBe('Plekken per dag');
    expect(m.insight.unknown).toBe('onbekend');
    expect(m.list.nothingFound).toBe('Niets gevonden. Maak de filters ruimer.');
    expect(m.app.exampleData).toBe('Dit is voorbeelddata');
    expect(m.categories.creative).toBe('Knutselen en creatief');
    expect(m.referrersInSentence['jeugd-ggz']).toBe('de jeugd-GGZ');
  });

  it('says one or many correctly', () => {
    expect(t('nl').list.activitiesCount(1)).toBe('1 activiteit');
    expect(t('nl').list.activitiesCount(3)).toBe('3 activiteiten');
    expect(t('en').list.activitiesCount(1)).toBe('1 activity');
    expect(t('en').huiskamer.waitingListCount(5)).toBe('5 children on the waiting list');
  });

  it('has a catalogue for every language', () => {
    for (const lang of LANGS) expect(t(lang).app.title('Almere')).toContain('Almere');
  });
});
