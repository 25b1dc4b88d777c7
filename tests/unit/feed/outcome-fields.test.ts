/**
 * Feed v1.1: the fields for the municipality's figures are optional, checked like the
 * rest, and a broken reference in them costs only that reference.
 */
import { describe, expect, it } from 'vitest';
import { validateFeed } from '../../../lib/feed/validate';
import { FILMWIJK, insightFeed, versionOneZeroFeed } from '../insight/insight-feed';

type Feed = Record<string, unknown> & { activities: Record<string, unknown>[]; organizations: Record<string, unknown>[]; stories: Record<string, unknown>[] };

function valid(feed: Record<string, unknown>) {
  const result = validateFeed(feed);
  if (!result.ok) throw new Error(result.failure.message);
  return result;
}

const reasons = (result: ReturnType<typeof valid>) => result.problems.map((p) => `${p.severity} ${p.path}: ${p.reason}`);

describe('feed v1.1 fields', () => {
  it('keeps a v1.0 feed without them valid, with the same version', () => {
    const feed = versionOneZeroFeed();
    expect(feed.version).toBe(1);
    const result = valid(feed);
    expect(result.problems).toEqual([]);
    expect(result.data.stories).toEqual([]);
    expect(result.counts.stories).toEqual({ kept: 0, dropped: 0 });
  });

  it('keeps every v1.1 field of a good feed', () => {
    const { data, problems } = valid(insightFeed());
    expect(problems).toEqual([]);
    expect(data.buurten[0].properties).toMatchObject({ childrenAges: { min: 0, max: 14 }, childrenSource: { name: 'CBS Kerncijfers wijken en buurten', year: 2015 } });
    expect(data.activities[0]).toMatchObject({ aims: ['talent-development', 'healthy-growing-up'], partners: [{ organizationId: 'org-school', type: 'school' }] });
    expect(data.organizations[0].staffing).toHaveLength(3);
  });

  it('leaves out a story without consent silently, counts it, and never keeps its text', () => {
    const result = valid(insightFeed());
    expect(result.data.stories.map((s) => s.id)).toEqual(['st-1', 'st-2']);
    expect(result.counts.storiesWithoutConsent).toBe(1);
    expect(JSON.stringify(result.data)).not.toContain('Dit verhaal mag niet naar buiten');
    expect(result.problems).toEqual([]);
  });

  it('ignores a partner whose organization is not in the feed, and keeps the activity', () => {
    const feed = insightFeed() as Feed;
    feed.activities[0].partners = [{ organizationId: 'org-onbekend', type: 'ggd' }, { organizationId: 'org-school', type: 'school' }];
    const result = valid(feed);
    expect(reasons(result)).toEqual([
      'warning activities[0].partners[0].organizationId: organizationId "org-onbekend" matches no organization in this feed; this partner was ignored. Add the organization to "organizations"',
    ]);
    expect(result.data.activities[0].partners).toEqual([{ organizationId: 'org-school', type: 'school' }]);
  });

  it('ignores staffing for an area the feed does not have', () => {
    const feed = insightFeed() as Feed;
    feed.organizations[0].staffing = [{ areaCode: 'WK036301', fte: 2, countedOn: '2026-09-01' }, { areaCode: FILMWIJK, fte: 1, countedOn: '2026-09-01' }];
    const result = valid(feed);
    expect(reasons(result)).toEqual([
      'warning organizations[0].staffing[0].areaCode: "WK036301" is not a buurt or wijk of this feed; this staffing was ignored',
    ]);
    expect(result.data.organizations[0].staffing).toEqual([{ areaCode: FILMWIJK, fte: 1, countedOn: '2026-09-01' }]);
  });

  it('keeps a story whose activity is not in the feed, without the link', () => {
    const feed = insightFeed() as Feed;
    feed.stories[0].activityId = 'act-weg';
    const result = valid(feed);
    expect(reasons(result)).toEqual(['warning stories[0].activityId: activityId "act-weg" matches no activity in this feed; the link to it was ignored']);
    expect(result.data.stories.find((s) => s.id === 'st-1')).not.toHaveProperty('activityId');
  });

  it('ignores an aim or partner type it does not know (a later v1.x may add one) and keeps the activity', () => {
    const feed = insightFeed() as Feed;
    const raw = ['world-peace', 'inclusion'];
    feed.activities[0].aims = raw;
    feed.activities[0].partners = [{ organizationId: 'org-ggd', type: 'bibliotheek' }, { organizationId: 'org-school', type: 'school' }];
    const result = valid(feed);
    expect(reasons(result)).toEqual([
      'warning activities[0].aims[0]: "world-peace" is not an aim this app knows (talent-development, preventive-support, healthy-growing-up, inclusion, parent-involvement); it was ignored',
      'warning activities[0].partners[0].type: "bibliotheek" is not a partner type this app knows (school, jongerenwerk, kinderopvang, jeugdzorg, ggd, wijkteam, sport, cultuur, other); this partner was ignored',
    ]);
    expect(result.data.activities[0]).toMatchObject({ aims: ['inclusion'], partners: [{ organizationId: 'org-school', type: 'school' }] });
    expect(raw).toEqual(['world-peace', 'inclusion']);
  });

  it('leaves out an activity whose aims are no list or whose reach has no count, and says what to write', () => {
    const feed = insightFeed() as Feed;
    feed.activities[0].aims = 'inclusion';
    feed.activities[1].reach = { period: { startDate: '2026-01-01', endDate: '2026-06-30' } };
    const result = valid(feed);
    expect([...new Set(result.problems.map((p) => `${p.severity} ${p.path}`))]).toEqual([
      'error activities[0].aims',
      'error activities[1].reach.children',
      // The story about the activity that was left out keeps its text, not the link.
      'warning stories[0].activityId',
    ]);
    expect(result.problems.find((p) => p.path === 'activities[1].reach.children')?.reason).toBe('give at least one count: children, visits or parents');
    expect(result.counts.activities).toEqual({ kept: 2, dropped: 2 });
  });
});
