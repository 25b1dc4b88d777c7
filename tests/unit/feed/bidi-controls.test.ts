import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import { createFeedIndex } from '../../../lib/query';
import { areaSummaryText } from '../../../lib/summary/area-summary';
import { validDemo } from '../../helpers/demo-feed';

const RLO = '\u202E';
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const FILMWIJK = 'BU00340202';
const MONDAY = new Date('2026-11-23T10:00:00+01:00');

/** The Almere demo with a right-to-left override in the name of Filmwijk and of every activity. */
function almereWithOverrides() {
  const data = structuredClone(validDemo('almere.json').data);
  for (const buurt of data.buurten) if (buurt.properties.code === FILMWIJK) buurt.properties.name = `Film${RLO}wijk`;
  for (const activity of data.activities) activity.name = `${RLO}${activity.name}\u2066`;
  return data;
}

describe('bidirectional overrides in feed texts', () => {
  it('are dropped while a feed is read, so no name can reverse the text after it', () => {
    const raw = { format: 'kinderwerk-feed', version: 1, ...almereWithOverrides() };
    const { buurten, wijken, ...rest } = raw;
    const result = validateFeed({ ...rest, neighbourhoods: { buurten: { type: 'FeatureCollection', features: buurten }, wijken: { type: 'FeatureCollection', features: wijken } } });
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.data.activities.length).toBeGreaterThan(0);
    expect(result.data.activities.some((activity) => CONTROLS.test(activity.name))).toBe(false);
    expect(result.data.buurten.find((buurt) => buurt.properties.code === FILMWIJK)?.properties.name).toBe('Filmwijk');
  });

  it('never reach the copied summary, also from a copy cached before they were dropped', () => {
    const text = areaSummaryText(createFeedIndex(almereWithOverrides()), FILMWIJK, 'nl', MONDAY)!;
    expect(text).not.toMatch(CONTROLS);
    expect(text.split('\n')[0]).toBe('Kinderwerk in Filmwijk (Almere)');
    expect(text).toContain('Voetbal Filmwijk');
  });
});
