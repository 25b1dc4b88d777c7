// Words that name a built-in of every JavaScript object, as ids, names, choices,
// days and languages of a feed. Validation and the index look them up in Maps,
// Sets and enums only, so each is an ordinary (or an unknown) word: records
// holding one as an id are kept, records holding one as a choice are dropped
// and reported, and nothing else is touched.
import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import { neighbourhoodTotals } from '../../../lib/query/aggregate';
import { createFeedIndex } from '../../../lib/query/feedIndex';
import { filterActivities, filterHuiskamers } from '../../../lib/query/filter';
import { searchAreas } from '../../../lib/query/search';
import { parseHashState } from '../../../lib/url-state';
import { goodFeed } from '../../fixtures/feeds/good-feed';

const WORDS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
const now = new Date('2026-03-04T12:00:00Z');

describe.each(WORDS)('a feed with "%s" as ids, names and choices', (word) => {
  const feed = goodFeed();
  const [organization] = feed.organizations;
  const [location] = feed.locations;
  const [activity] = feed.activities;
  const [huiskamer] = feed.huiskamers;
  const [contact] = feed.contacts;
  feed.organizations.push({ ...organization, id: word, name: word });
  feed.locations.push({ ...location, id: word, name: word, organizationId: word, buurtCode: undefined });
  feed.contacts.push({ ...contact, id: word, name: word, organizationId: word });
  feed.activities.push(
    { ...activity, id: word, name: word, description: word, locationId: word, organizationId: word, contactIds: [word], languages: ['nl'] },
    { ...activity, id: 'category', category: word },
    { ...activity, id: 'programme', programme: word },
    { ...activity, id: 'day', schedule: [{ byDay: [word], startTime: '15:00', endTime: '16:00' }] },
    { ...activity, id: 'language', languages: [word] },
    { ...activity, id: 'join', join: { method: word } },
  );
  const referrerIndex = feed.huiskamers.length;
  feed.huiskamers.push({ ...huiskamer, id: 'referrer', referrers: [word] }, { ...huiskamer, id: `hk-${word}`, locationId: word, contactIds: [word] });
  const result = validateFeed(feed);
  if (!result.ok) throw new Error(result.failure.message);
  const { data, problems } = result;

  it('keeps the records whose id and name are the word, with their references', () => {
    expect(data.organizations.map((o) => o.id)).toContain(word);
    expect(data.locations.find((l) => l.id === word)).toMatchObject({ organizationId: word, buurtCode: 'BU00340202' });
    expect(data.activities.find((a) => a.id === word)).toMatchObject({ locationId: word, contactIds: [word] });
    expect(data.huiskamers.map((h) => h.id)).toContain(`hk-${word}`);
    expect(data.contacts.map((c) => c.id)).toContain(word);
  });

  it('drops each record with the word as a choice, day or language, and says where', () => {
    for (const id of ['category', 'programme', 'day', 'language', 'join']) {
      expect(data.activities.map((a) => a.id)).not.toContain(id);
    }
    expect(data.huiskamers.map((h) => h.id)).not.toContain('referrer');
    const paths = problems.filter((p) => p.severity === 'error').map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining([
      'activities[4].category', 'activities[5].programme', 'activities[6].schedule[0].byDay[0]',
      'activities[7].languages[0]', 'activities[8].join.method', `huiskamers[${referrerIndex}].referrers[0]`,
    ]));
    expect(data.activities.map((a) => a.id)).toEqual(['act-voetbal', 'act-knutsel', 'act-speelbus', word]);
  });

  it('indexes, filters, totals and searches them like any other word', () => {
    const index = createFeedIndex(data);
    expect(filterActivities(index, { text: word }, now).map((hit) => hit.activity.id)).toEqual([word]);
    expect(filterHuiskamers(index, { text: word }, now).map((hit) => hit.huiskamer.id)).toEqual([`hk-${word}`]);
    expect(neighbourhoodTotals(index, {}, now).get('BU00340202')).toBeDefined();
    expect(searchAreas(index, word)).toEqual([]);
  });

  it('reads the word in a link as an unknown choice or as an id', () => {
    expect(parseHashState(`#kwk:cat=${word}&days=${word}&join=${word}&time=${word}&view=${word}&sel=activity:${word}`)).toEqual({
      criteria: {},
      selection: { kind: 'activity', id: word },
    });
    expect(parseHashState(`#kwk:sel=${word}:x`)).toEqual({ criteria: {} });
  });
});

describe('"__proto__" in a feed', () => {
  it('is no id, and a record that has it as a key keeps its own prototype', () => {
    const feed = goodFeed();
    feed.activities.push({ ...feed.activities[0], id: '__proto__' });
    const text = JSON.stringify(feed).replace('"id":"act-voetbal"', '"__proto__":{"category":"other"},"id":"act-voetbal"');
    const result = validateFeed(JSON.parse(text));
    if (!result.ok) throw new Error(result.failure.message);
    expect(result.data.activities.map((a) => a.id)).toEqual(['act-voetbal', 'act-knutsel', 'act-speelbus']);
    expect(result.data.activities[0].category).toBe('sport');
    expect(Object.getPrototypeOf(result.data.activities[0])).toBe(Object.prototype);
    expect(result.problems).toContainEqual(expect.objectContaining({ path: 'activities[3].id', severity: 'error' }));
  });
});
