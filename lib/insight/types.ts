/**
 * Kinderwerk in beeld: the figures a municipality reads per buurt, wijk and the whole
 * municipality (the widget's `view="cijfers"`, the popup's key figures and the CSV export).
 * Computed from the validated feed by `computeInsight` (lib/insight/compute.ts); only
 * counts, never personal data. `null` means "not known" (the feed does not say), which
 * the view shows as "onbekend", never as 0.
 */
import type { AgeRange, DateRange } from '../feed/schema';

/** The aims of kinderwerk an activity or huiskamer may serve (feed field `aims`). */
export const AIMS = [
  'talent-development', // development of talents and social skills
  'preventive-support', // preventive support and early signalling
  'healthy-growing-up',
  'inclusion',
  'parent-involvement',
] as const;
export type Aim = (typeof AIMS)[number];

/** The kinds of partner organization kinderwerk works with (feed field `partners[].type`). */
export const PARTNER_TYPES = [
  'school', 'jongerenwerk', 'kinderopvang', 'jeugdzorg', 'ggd', 'wijkteam', 'sport', 'cultuur', 'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

export type InsightLevel = 'buurt' | 'wijk' | 'gemeente';

/** Published reach summed over the offers in an area, for the periods they state. */
export interface ReachTotals {
  /** Unique children reached (summed over offers, so a child in two offers counts twice). */
  children: number | null;
  visits: number | null;
  parents: number | null;
  /** Earliest start and latest end of the periods summed; null when no offer publishes reach. */
  period: DateRange | null;
  /** How many offers in the area publish reach. */
  offersWithReach: number;
}

/** Every figure for one buurt, one wijk or the whole municipality. */
export interface AreaInsight {
  /** `BU…`, `WK…` or `GM…`. */
  code: string;
  level: InsightLevel;
  name: string;
  /** The wijk a buurt lies in (buurten only). */
  wijkCode?: string;
  /** Children living there in the stated age band; null when the feed does not say. */
  children: number | null;
  childrenAges: AgeRange | null;
  /** e.g. "CBS Kerncijfers wijken en buurten 2015"; null when not stated. */
  childrenSource: string | null;
  /** Activities there: weekly, course and holiday (an activity visiting two buurten counts in both). */
  activities: number;
  /** Of those, holiday programmes (not in the hours per week). */
  holidayProgrammes: number;
  /** Hours of activity per week from the weekly slots of weekly and course activities. */
  hoursPerWeek: number;
  huiskamers: number;
  placesPerDay: number;
  /** Huiskamer places per day per 1,000 children; null when children are unknown or 0. */
  placesPerThousandChildren: number | null;
  /** null when no huiskamer there says. */
  enrolled: number | null;
  waitingList: number | null;
  /** waitingList ÷ placesPerDay; null when either is unknown or places are 0. */
  waitingPressure: number | null;
  reach: ReachTotals;
  /** Kinderwerkers in FTE from the organizations' staffing; null when none published for the area. */
  fte: number | null;
  /** Contact persons (with consent) who are a known face there. */
  knownFaces: number;
  /** Share (0–1) of activities and huiskamers that are free; null when there are none. */
  shareFree: number | null;
  /** Share (0–1) of activities that are walk-in; null when there are none. */
  shareWalkIn: number | null;
  /** Activities and huiskamers serving each aim. */
  aims: Record<Aim, number>;
  /** Activities and huiskamers working with each partner type. */
  partnerTypes: Record<PartnerType, number>;
}

/** The figures that can shade the map and sort the table. */
export const INSIGHT_MEASURES = [
  'children', 'activities', 'hoursPerWeek', 'placesPerDay', 'placesPerThousandChildren',
  'enrolled', 'waitingList', 'waitingPressure', 'reachChildren', 'fte', 'shareFree', 'shareWalkIn',
] as const;
export type InsightMeasure = (typeof INSIGHT_MEASURES)[number];

export type Gap =
  /** Many children, little provision (hours per week per 1,000 children in the lowest part). */
  | { kind: 'little-provision'; code: string; name: string; children: number; hoursPerWeek: number; placesPerDay: number }
  /** A huiskamer whose waiting list is long compared with its places. */
  | { kind: 'long-waiting-list'; huiskamerId: string; name: string; buurtCode: string; waitingList: number; placesPerDay: number; expectedWeeks?: number };

/** An experience story published with consent (feed `stories`), shown as plain text. */
export interface InsightStory {
  id: string;
  title: string;
  text: string;
  date: string;
  buurtCode?: string;
  activityId?: string;
  huiskamerId?: string;
}

export interface Insight {
  gemeente: AreaInsight;
  wijken: AreaInsight[];
  buurten: AreaInsight[];
  gaps: Gap[];
  stories: InsightStory[];
  /** When the feed was made (meta.generatedAt): the date of every figure from the feed. */
  generatedAt: string;
  /** Credit lines for the sources of the figures (children counts, boundaries). */
  sources: string[];
}

/** Counts below this are shown as "< 5", never as the number itself. */
export const SMALL_COUNT = 5;
