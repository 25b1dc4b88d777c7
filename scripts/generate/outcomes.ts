/**
 * Feed v1.1 fields for a generated town, drawn from their own random stream so the
 * rest of the feed stays as it was: aims and partners on most activities and
 * huiskamers, reach on some, staffing per wijk for the kinderwerk organizations, a
 * few partner organizations (schools, GGD, wijkteams…), and a few stories (one
 * without consent, which validation leaves out).
 *
 *   const outcomes = generateOutcomes({ activities, huiskamers, organizations, areas, town }, random, calendar);
 */
import type { Partner, Reach, Staffing } from '../../lib/feed/schema';
import { AIMS, type Aim, type PartnerType } from '../../lib/insight/types';
import type { ActivityInput, HuiskamerInput, OrganizationInput, StoryInput } from '../demo/records';
import type { Area } from './areas';
import type { Calendar } from './calendar';
import type { Town } from './organizations';
import type { Random } from './random';

export interface OutcomePlan {
  activities: readonly ActivityInput[];
  huiskamers: readonly HuiskamerInput[];
  organizations: readonly OrganizationInput[];
  areas: readonly Area[];
  town: Town;
}

export interface Outcomes {
  activities: ActivityInput[];
  huiskamers: HuiskamerInput[];
  organizations: OrganizationInput[];
  stories: StoryInput[];
}

const PARTNERS: readonly (readonly [PartnerType, string])[] = [
  ['school', 'Basisscholen'],
  ['ggd', 'GGD'],
  ['wijkteam', 'Wijkteams'],
  ['jongerenwerk', 'Jongerenwerk'],
  ['kinderopvang', 'Kinderopvang'],
  ['jeugdzorg', 'Jeugdhulp regio'],
];

const STORY_TITLES = ['Weer durven meedoen', 'Ouders koken mee', 'Samen spelen op het plein', 'Een vriendje gevonden', 'Huiswerk gaat beter'];
const STORY_TEXT = 'Een kind kwam stil binnen en keek alleen toe. Na een paar weken deed het mee, en nu neemt het zelf een vriendje mee. '
  + 'Ouders vertellen dat het thuis vrolijker is.';

/** The last first half-year that has ended: what organizations report reach over. */
function lastHalfYear(today: string): Reach['period'] {
  const year = Number(today.slice(0, 4)) - (today.slice(5) < '07-01' ? 1 : 0);
  return { startDate: `${year}-01-01`, endDate: `${year}-06-30` };
}

function reachFor(random: Random, half: Reach['period'], scale: number): Reach {
  const children = random.chance(0.1) ? random.int(1, 4) : random.int(5, 40 * scale);
  return {
    period: half,
    children,
    visits: children * random.int(6, 20),
    ...(random.chance(0.4) && { parents: Math.max(1, Math.round(children * random.next())) }),
  };
}

function aimsFor(random: Random): Aim[] {
  return random.sample(AIMS, random.int(1, 3));
}

export function generateOutcomes(plan: OutcomePlan, random: Random, calendar: Calendar): Outcomes {
  const partnerOrganizations: OrganizationInput[] = PARTNERS.map(([, kind], index) => ({
    id: `org-partner-${index + 1}`,
    name: `${kind} ${plan.town.name}`,
    lastVerified: calendar.verified(random),
  }));
  const partnersFor = (count: number): Partner[] =>
    random.sample(PARTNERS.map(([type], index) => ({ organizationId: partnerOrganizations[index].id, type })), count);
  const half = lastHalfYear(calendar.today);

  const activities = plan.activities.map((activity): ActivityInput => ({
    ...activity,
    ...(random.chance(0.85) && { aims: aimsFor(random) }),
    ...(random.chance(0.6) && { partners: partnersFor(random.int(1, 2)) }),
    ...(random.chance(0.3) && { reach: reachFor(random, half, 1) }),
  }));
  const huiskamers = plan.huiskamers.map((huiskamer): HuiskamerInput => ({
    ...huiskamer,
    aims: ['preventive-support', ...random.sample(AIMS.filter((aim) => aim !== 'preventive-support'), random.int(1, 2))],
    partners: partnersFor(random.int(1, 3)),
    ...(random.chance(0.6) && { reach: reachFor(random, half, 1) }),
  }));

  // The first organizations are the citywide ones (Stichting Kinderwerk, Buurtsport, …): they have kinderwerkers in every wijk.
  const wijkCodes = [...new Set(plan.areas.map((area) => area.wijkCode))];
  const countedOn = calendar.daysBack(random, 60);
  const organizations = plan.organizations.map((organization, index): OrganizationInput => {
    if (index > 1) return organization;
    const staffing: Staffing[] = wijkCodes
      .filter(() => random.chance(0.8))
      .map((areaCode) => ({ areaCode, fte: Math.round((0.4 + 2.6 * random.next()) * 10) / 10, countedOn }));
    return staffing.length > 0 ? { ...organization, staffing } : organization;
  });

  const stories = STORY_TITLES.map((title, index): StoryInput => {
    const activity = random.pick(activities);
    const area = random.pick(plan.areas);
    return {
      id: `story-${index + 1}`,
      title,
      text: STORY_TEXT,
      date: calendar.daysBack(random, 200),
      buurtCode: area.code,
      ...(activity && { activityId: activity.id }),
      // The last one shows that a story without consent never reaches the feed.
      publicationConsent: index < STORY_TITLES.length - 1,
      lastVerified: calendar.verified(random),
    };
  });

  return { activities, huiskamers, organizations: [...organizations, ...partnerOrganizations], stories };
}
