import { describe, expect, it } from 'vitest';
import { areaSummaryText } from '../../../lib/summary/area-summary';
import { createFeedIndex } from '../../../lib/query';
import { validDemo } from '../../helpers/demo-feed';

const index = createFeedIndex(validDemo('almere.json').data);
// A Monday in a normal school week.
const MONDAY = new Date('2026-11-23T10:00:00+01:00');

describe('copy summary of a buurt', () => {
  it('tells a parent in plain Dutch what runs this week, the huiskamer and whom to call', () => {
    const summary = areaSummaryText(index, 'BU00340202', 'nl', MONDAY)!;
    const lines = summary.split('\n');
    expect(lines[0]).toBe('Kinderwerk in Filmwijk (Almere)');
    expect(lines).toContain('Deze week:');
    expect(summary).toMatch(/Huiskamer \(na school, alleen via een verwijzing\):\n- [^\n]*70 plekken per dag\. Wachtlijst: 23 kinderen \(geteld op/);
    expect(summary).toMatch(/Vragen\? Neem contact op met:\n- .+ \(.+\): 0/);
    expect(summary).toContain('Let op: dit zijn voorbeeldgegevens.');
    expect(summary).not.toMatch(/<|undefined|NaN/);
  });

  it('gives the place of each activity with its whole address, postcode included', () => {
    const summary = areaSummaryText(index, 'BU00340202', 'nl', MONDAY)!;
    expect(summary).toContain('- Voetbal Filmwijk: wo 14:00–15:30. Brede school Filmwijk, Greta Garbostraat 3, 1325 RB Almere. 7 tot 12 jaar.');
  });

  it('never names a person who did not consent to be published', () => {
    for (const code of index.areas.buurten.keys()) {
      expect(areaSummaryText(index, code, 'nl', MONDAY)).not.toContain('Annelies Vermeulen');
    }
  });

  it('says so when nothing runs this week, in English too', () => {
    const quiet = [...index.areas.buurten.keys()].find((code) => {
      const text = areaSummaryText(index, code, 'en', MONDAY)!;
      return text.includes('There are no activities this week.');
    });
    expect(quiet).toBeDefined();
    expect(areaSummaryText(index, quiet!, 'en', MONDAY)).toMatch(/^Kinderwerk in .+\n\nThere are no activities this week\./);
  });

  it('gives nothing for an unknown code', () => {
    expect(areaSummaryText(index, 'BU99999999', 'nl', MONDAY)).toBeUndefined();
  });
});
