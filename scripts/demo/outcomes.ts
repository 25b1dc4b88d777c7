/**
 * What the demo offers are for, with whom, and whom they reached (feed v1.1): aims
 * from each activity's kind, partners from a municipality's partner organizations,
 * published reach for some offers, staffing per organization, and a few stories.
 * The values are made up but realistic; the children counts come from CBS.
 *
 *   const content = withOutcomes(almereContent, almereOutcomes);
 */
import type { ActivityCategory, Partner, Reach, Staffing } from '../../lib/feed/schema';
import type { Aim, PartnerType } from '../../lib/insight/types';
import type { ActivityInput, DemoContent, Draft, HuiskamerInput, OrganizationInput, StoryInput } from './records';

/** The organizations a municipality's kinderwerk works with, by kind. */
export type PartnerSet = Partial<Record<PartnerType, string>>;

export interface DemoOutcomes {
  /** Schools, the GGD, wijkteams…: organizations in the feed that run no offer of their own. */
  partnerOrganizations: Draft<OrganizationInput>[];
  partnerSet: PartnerSet;
  /** Reach published by some offers, by activity or huiskamer id. */
  reach: ReadonlyMap<string, Reach>;
  /** Kinderwerkers per wijk or buurt, by organization id. */
  staffing: ReadonlyMap<string, Staffing[]>;
  stories: Draft<StoryInput>[];
}

/** The aims an activity of each kind serves, first the main one. */
const AIMS_OF_CATEGORY: ReadonlyMap<ActivityCategory, Aim[]> = new Map<ActivityCategory, Aim[]>([
  ['sport', ['healthy-growing-up', 'talent-development']],
  ['play', ['inclusion', 'talent-development']],
  ['creative', ['talent-development']],
  ['music-dance', ['talent-development', 'inclusion']],
  ['cooking', ['healthy-growing-up', 'parent-involvement']],
  ['learning', ['talent-development', 'preventive-support']],
  ['nature', ['healthy-growing-up']],
  ['other', ['preventive-support', 'inclusion']],
]);

/** The kinds of partner an activity of each kind works with. */
const PARTNERS_OF_CATEGORY: ReadonlyMap<ActivityCategory, PartnerType[]> = new Map<ActivityCategory, PartnerType[]>([
  ['sport', ['sport', 'school']],
  ['play', ['wijkteam', 'sport']],
  ['creative', ['cultuur']],
  ['music-dance', ['cultuur', 'school']],
  ['cooking', ['ggd']],
  ['learning', ['school', 'cultuur']],
  ['nature', []],
  ['other', ['jongerenwerk', 'wijkteam']],
]);

const HUISKAMER_AIMS: Aim[] = ['preventive-support', 'talent-development', 'parent-involvement'];
const HUISKAMER_PARTNERS: PartnerType[] = ['wijkteam', 'school', 'jeugdzorg'];
const HOLIDAY_PARTNERS: PartnerType[] = ['kinderopvang'];

/** Partners of the given kinds that the set has, never the offer's own organization. */
function partnersOf(types: readonly PartnerType[], set: PartnerSet, own: string | undefined): Partner[] | undefined {
  const partners = types.flatMap((type) => {
    const organizationId = set[type];
    return organizationId && organizationId !== own ? [{ organizationId, type }] : [];
  });
  return partners.length > 0 ? partners : undefined;
}

/** Fields left out rather than written as undefined, so the feed JSON stays as a publisher writes it. */
const defined = <T extends object>(fields: T): Partial<T> =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;

function activityOutcome(activity: Draft<ActivityInput>, outcomes: DemoOutcomes): Draft<ActivityInput> {
  const holiday = activity.programme === 'holiday';
  return {
    ...activity,
    ...defined({
      aims: AIMS_OF_CATEGORY.get(activity.category),
      partners: partnersOf(holiday ? HOLIDAY_PARTNERS : PARTNERS_OF_CATEGORY.get(activity.category) ?? [], outcomes.partnerSet, activity.organizationId),
      reach: outcomes.reach.get(activity.id),
    }),
  };
}

function huiskamerOutcome(huiskamer: Draft<HuiskamerInput>, outcomes: DemoOutcomes): Draft<HuiskamerInput> {
  return {
    ...huiskamer,
    ...defined({
      aims: HUISKAMER_AIMS,
      partners: partnersOf(HUISKAMER_PARTNERS, outcomes.partnerSet, huiskamer.organizationId),
      reach: outcomes.reach.get(huiskamer.id),
    }),
  };
}

export function withOutcomes(content: DemoContent, outcomes: DemoOutcomes): DemoContent {
  return {
    ...content,
    organizations: [
      ...content.organizations.map((organization) => ({ ...organization, ...defined({ staffing: outcomes.staffing.get(organization.id) }) })),
      ...outcomes.partnerOrganizations,
    ],
    activities: content.activities.map((activity) => activityOutcome(activity, outcomes)),
    huiskamers: content.huiskamers.map((huiskamer) => huiskamerOutcome(huiskamer, outcomes)),
    stories: outcomes.stories,
  };
}

/** Reach over the first half of 2026, the period the demo organizations report on. */
export function firstHalf2026(counts: Omit<Reach, 'period'>): Reach {
  return { period: { startDate: '2026-01-01', endDate: '2026-06-30' }, ...counts };
}
