/**
 * The kinderwerk feed, format version 1: the contract between a publisher
 * (a municipality or welzijnsorganisatie) and our widget and extension.
 *
 * Each schema doubles as its TypeScript type. Field names follow Open Referral
 * HSDS 3.0 (organization, location, service, schedule, contact) and OpenActive
 * (ageRange, byDay, startTime/endTime, remaining places) where they fit, in
 * camelCase. docs/feed.md is the publisher's reference; public/feed.schema.json
 * is generated from this file (npm run feed:schema).
 *
 *   const result = Feed.safeParse(json);
 */
import { z } from 'zod';
import { withoutBidiControls } from './bidi-controls';
import { AIMS, PARTNER_TYPES } from '../insight/types';

export const FEED_FORMAT = 'kinderwerk-feed';
export const FEED_VERSION = 1;

// ---------------------------------------------------------------- primitives

/** Stable identifier of a record within its feed: letters, digits, `-`, `_`, `.`, `:`. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, 'use 1–100 letters, digits, "-", "_", "." or ":"');

/** Calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date({ message: 'write the date as YYYY-MM-DD' });

/** Moment with time zone, e.g. `2026-11-01T09:30:00Z` or `2026-11-01T10:30:00+01:00`. */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'write as YYYY-MM-DDTHH:MM:SSZ (ISO 8601)' });

/** Time of day in 24-hour local time, `HH:MM`. */
export const LocalTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:MM (24 hours), e.g. 15:30');

function hasScheme(value: string, schemes: readonly string[]): boolean {
  const protocol = protocolOf(value);
  return protocol !== undefined && schemes.includes(protocol);
}

/**
 * The scheme the URL parser finds, undefined when it is no URL. Remembered: a feed names
 * the same sign-up page and website on many records, and parsing took 20 ms of a city's check.
 */
function protocolOf(value: string): string | undefined {
  if (protocols.has(value)) return protocols.get(value);
  let protocol: string | undefined;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = undefined;
  }
  // Bounded, so a long session with many feeds keeps no more than a few hundred KB.
  if (protocols.size >= 10_000) protocols.clear();
  protocols.set(value, protocol);
  return protocol;
}
const protocols = new Map<string, string | undefined>();

/** A web address. Only http: and https: are allowed, never javascript: or data:. */
export const WebUrl = z
  .string()
  .max(2000)
  .refine((v) => hasScheme(v, ['http:', 'https:']), 'must be a web address starting with https:// or http://');

/** A link a person can follow: a web address, `mailto:` or `tel:`. */
export const Link = z
  .string()
  .max(2000)
  .refine(
    (v) => hasScheme(v, ['http:', 'https:', 'mailto:', 'tel:']),
    'links may only start with https://, http://, mailto: or tel:',
  );

/** A web origin, scheme and host only (and a port if needed): `https://fotos.voorbeeldstad.nl`. */
export const ImageHost = z
  .string()
  .max(200)
  .refine(isOrigin, 'write only the scheme and host, e.g. "https://fotos.voorbeeldstad.nl", without a path');

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return hasScheme(value, ['http:', 'https:']) && url.origin === value.replace(/\/$/, '').toLowerCase();
  } catch {
    return false;
  }
}

export const Email = z.email({ message: 'not a valid e-mail address' });

/** Phone number as people write it: digits, spaces, `+`, `-`, `(`, `)`. */
export const Phone = z
  .string()
  .regex(/^\+?[0-9 ()-]{6,20}$/, 'write the phone number with digits, spaces, "+" or "-" only');

/** A short text (names, titles); bidirectional overrides are dropped (bidi-controls.ts). */
const Text = (max = 200) => z.string().overwrite(withoutBidiControls).trim().min(1, 'may not be empty').max(max);
/** A longer free text (descriptions); bidirectional overrides are dropped too. */
const LongText = z.string().overwrite(withoutBidiControls).trim().max(4000);

/** CBS neighbourhood codes. The parts after the municipality number may hold letters (BU0363AD03). */
export const GemeenteCode = z.string().regex(/^GM\d{4}$/, 'a CBS municipality code looks like GM0034');
export const WijkCode = z.string().regex(/^WK\d{4}[0-9A-Z]{2}$/, 'a CBS wijk code looks like WK003402');
export const BuurtCode = z
  .string()
  .regex(/^BU\d{4}[0-9A-Z]{2}[0-9A-Z]{2}$/, 'a CBS buurt code looks like BU00340202 or BU0363AD03');

/** A buurt or a wijk: what the widget, the popup and a link can open with. */
export const AreaCode = z.union([BuurtCode, WijkCode]);

export const Latitude = z.number().min(-90).max(90);
export const Longitude = z.number().min(-180).max(180);

/** Day of the week as in iCalendar (RFC 5545) and HSDS `byday`. */
export const Weekday = z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
export type Weekday = z.infer<typeof Weekday>;

/** Ages in whole years, both ends included (OpenActive `ageRange`). */
export const AgeRange = z
  .object({
    min: z.number().int().min(0).max(25),
    max: z.number().int().min(0).max(25),
  })
  .refine((r) => r.min <= r.max, { message: 'min age is higher than max age', path: ['max'] });
export type AgeRange = z.infer<typeof AgeRange>;

/** A weekly time slot: on these days, from start to end. Several slots per day are allowed. */
export const WeeklySlot = z
  .object({
    byDay: z.array(Weekday).min(1, 'name at least one day'),
    startTime: LocalTime,
    endTime: LocalTime,
  })
  .refine((s) => s.startTime < s.endTime, { message: 'end time is not after start time', path: ['endTime'] });
export type WeeklySlot = z.infer<typeof WeeklySlot>;

/** Period in which something runs (a holiday programme, a course). Both ends included. */
export const DateRange = z
  .object({ startDate: IsoDate, endDate: IsoDate })
  .refine((r) => r.startDate <= r.endDate, { message: 'end date is before start date', path: ['endDate'] });
export type DateRange = z.infer<typeof DateRange>;

/** What it costs: free, or an amount in euros with an optional note ("per keer", "met U-pas gratis"). */
export const Cost = z.object({
  free: z.boolean(),
  amount: z.number().min(0).max(10000).optional(),
  note: Text(300).optional(),
});
export type Cost = z.infer<typeof Cost>;

/** How a child can join. `referral` means no walk-in: a professional or parent refers the child. */
export const JoinMethod = z.enum(['walk-in', 'sign-up', 'referral']);
export type JoinMethod = z.infer<typeof JoinMethod>;

export const HowToJoin = z.object({
  method: JoinMethod,
  /** Plain-language instructions: where and how to sign up. */
  instructions: LongText.optional(),
  url: WebUrl.optional(),
  phone: Phone.optional(),
  email: Email.optional(),
});
export type HowToJoin = z.infer<typeof HowToJoin>;

const RecordBase = {
  id: Id,
  /** The date someone last checked that this record is still true. */
  lastVerified: IsoDate,
};

// ---------------------------------------------------------------- kinderwerk in beeld (v1.1)

/** An aim of kinderwerk an activity or huiskamer serves (docs/feed.md lists them). */
export const Aim = z.enum(AIMS);
/** The kind of organization kinderwerk works with. */
export const PartnerType = z.enum(PARTNER_TYPES);

/** An organization of this feed that works with an activity or huiskamer, and what kind it is. */
export const Partner = z.object({ organizationId: Id, type: PartnerType });
export type Partner = z.infer<typeof Partner>;

const Count = z.number().int().min(0).max(1_000_000);

/** How many an offer reached in a period: counts only, never anything about a person. */
export const Reach = z
  .object({
    period: DateRange,
    /** Different children reached in the period. */
    children: Count.optional(),
    /** Visits (attendances) in the period. */
    visits: Count.optional(),
    /** Different parents reached in the period. */
    parents: Count.optional(),
  })
  .refine((r) => r.children !== undefined || r.visits !== undefined || r.parents !== undefined, {
    message: 'give at least one count: children, visits or parents',
    path: ['children'],
  });
export type Reach = z.infer<typeof Reach>;

/** What an activity or huiskamer is for and with whom, and whom it reached (v1.1, all optional). */
const OfferOutcome = {
  aims: z.array(Aim).max(AIMS.length).optional(),
  partners: z.array(Partner).max(50).optional(),
  reach: Reach.optional(),
};

/** Kinderwerkers an organization has in one wijk or buurt, in FTE (full-time equivalents). */
export const Staffing = z.object({
  areaCode: AreaCode,
  fte: z.number().min(0).max(100),
  countedOn: IsoDate,
});
export type Staffing = z.infer<typeof Staffing>;

// ---------------------------------------------------------------- metadata

export const Meta = z.object({
  municipality: z.object({ code: GemeenteCode, name: Text(100) }),
  publisher: z.object({ name: Text(200), url: WebUrl.optional(), email: Email.optional() }),
  /** SPDX identifier or name of the licence of the feed data, e.g. `CC0-1.0` or `CC-BY-4.0`. */
  license: Text(100),
  licenseUrl: WebUrl.optional(),
  generatedAt: IsoDateTime,
  /** Credit line that must be shown with the boundaries, e.g. "Kadaster / Centraal Bureau voor de Statistiek, 2015". */
  boundaryAttribution: Text(300),
  /** True when the feed holds made-up example data (the demo feeds). */
  example: z.boolean().optional(),
  /** Main language of the texts in the feed (BCP 47). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/).optional(),
  /** Other hosts that may serve contact photos, besides the feed's own (lib/feed/photo-source.ts). */
  imageHosts: z.array(ImageHost).max(10).optional(),
});
export type Meta = z.infer<typeof Meta>;

// ---------------------------------------------------------------- neighbourhoods

/**
 * The most one buurt or wijk boundary may hold, so that no single feature can make
 * reading, placing locations or drawing the map slow for everyone. Real CBS
 * boundaries stay far below: the largest ring in the CBS boundaries this project
 * carries has 98 positions (at 5 decimals, about 1 m). docs/feed.md explains them.
 */
export const AREA_LIMITS = {
  /** Positions in one ring. */
  ringPositions: 50_000,
  /** Positions in all rings of one buurt or wijk together. */
  positions: 100_000,
  /** Rings (outer rings and holes) of one buurt or wijk together. */
  rings: 1_000,
} as const;

const SIMPLIFY = 'simplify the boundary (to about 1 m, e.g. with mapshaper or QGIS "Simplify") and publish it again';
/** 50000 → "50,000". Not toLocaleString: these messages are made as the module loads, and Intl's first use costs milliseconds there. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface AreaSizeProblem {
  /** Below the geometry, e.g. `['coordinates', 0]`. */
  path: (string | number)[];
  reason: string;
}

/**
 * The first way a geometry goes over AREA_LIMITS, or undefined. It counts list
 * lengths only and stops at the first excess, so it is cheap for any input, also
 * one not yet checked: validation asks it before reading a million positions.
 */
export function areaSizeProblem(geometry: unknown): AreaSizeProblem | undefined {
  if (typeof geometry !== 'object' || geometry === null) return undefined;
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (!Array.isArray(coordinates)) return undefined;
  const multi = type === 'MultiPolygon';
  const polygons: unknown[] = multi ? coordinates : [coordinates];
  let rings = 0;
  let positions = 0;
  for (let p = 0; p < polygons.length; p++) {
    const polygon = polygons[p];
    if (!Array.isArray(polygon)) continue;
    for (let r = 0; r < polygon.length; r++) {
      const ring: unknown = polygon[r];
      if (!Array.isArray(ring)) continue;
      const path = multi ? ['coordinates', p, r] : ['coordinates', r];
      rings++;
      positions += ring.length;
      if (ring.length > AREA_LIMITS.ringPositions) {
        return { path, reason: `this ring has ${count(ring.length)} positions, more than the ${count(AREA_LIMITS.ringPositions)} one ring may have; ${SIMPLIFY}` };
      }
      if (rings > AREA_LIMITS.rings) {
        return { path, reason: `this boundary has more than ${count(AREA_LIMITS.rings)} rings (parts and holes), the most one buurt or wijk may have; merge or leave out the smallest parts` };
      }
      if (positions > AREA_LIMITS.positions) {
        return { path, reason: `this boundary has more than ${count(AREA_LIMITS.positions)} positions in all, the most one buurt or wijk may have; ${SIMPLIFY}` };
      }
    }
  }
  return undefined;
}

const Position = z.tuple([Longitude, Latitude]).rest(z.number());
const Ring = z
  .array(Position)
  .min(4, 'a ring needs at least 4 positions')
  .max(AREA_LIMITS.ringPositions, `a ring may have at most ${count(AREA_LIMITS.ringPositions)} positions; ${SIMPLIFY}`);
const Rings = z.array(Ring).min(1).max(AREA_LIMITS.rings, `at most ${count(AREA_LIMITS.rings)} rings`);
export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: Rings });
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(Rings).min(1).max(AREA_LIMITS.rings, `at most ${count(AREA_LIMITS.rings)} polygons`),
});
export const AreaGeometry = z
  .discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry])
  .superRefine((geometry, ctx) => {
    const problem = areaSizeProblem(geometry);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.reason });
  });
export type AreaGeometry = z.infer<typeof AreaGeometry>;

/** Where a count of children comes from, e.g. { name: "CBS Kerncijfers wijken en buurten", year: 2015 }. */
export const ChildrenSource = z.object({
  name: Text(200),
  year: z.number().int().min(1900).max(2100),
});
export type ChildrenSource = z.infer<typeof ChildrenSource>;

const NeighbourhoodProperties = {
  name: Text(120),
  /** Number of children living there, in the age band `childrenAges` (v1.1; the demo uses CBS 0–14). */
  children: z.number().int().min(0).nullable().optional(),
  /** The age band `children` counts, both ends included (v1.1). */
  childrenAges: AgeRange.optional(),
  /** The source and year of `children` (v1.1). */
  childrenSource: ChildrenSource.optional(),
};

export const BuurtFeature = z.object({
  type: z.literal('Feature'),
  geometry: AreaGeometry,
  properties: z.object({ code: BuurtCode, wijkCode: WijkCode, ...NeighbourhoodProperties }),
});
export type BuurtFeature = z.infer<typeof BuurtFeature>;

export const WijkFeature = z.object({
  type: z.literal('Feature'),
  geometry: AreaGeometry,
  properties: z.object({ code: WijkCode, ...NeighbourhoodProperties }),
});
export type WijkFeature = z.infer<typeof WijkFeature>;

/** A GeoJSON FeatureCollection given inline, or a reference to one (relative to the feed URL). */
const FeatureCollectionOf = <T extends z.ZodType>(feature: T) =>
  z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) });
export const LinkedGeoJson = z.object({ url: z.string().min(1).max(2000) });

export const Neighbourhoods = z.object({
  buurten: z.union([FeatureCollectionOf(BuurtFeature), LinkedGeoJson]),
  wijken: z.union([FeatureCollectionOf(WijkFeature), LinkedGeoJson]).optional(),
});

// ---------------------------------------------------------------- records

/** HSDS `organization`: who runs the provision. */
export const Organization = z.object({
  ...RecordBase,
  name: Text(),
  description: LongText.optional(),
  url: WebUrl.optional(),
  phone: Phone.optional(),
  email: Email.optional(),
  /** Kinderwerkers per wijk or buurt (v1.1). */
  staffing: z.array(Staffing).max(1000).optional(),
});
export type Organization = z.infer<typeof Organization>;

export const LocationKind = z.enum(['community-centre', 'school', 'playground', 'huiskamer', 'outdoors', 'other']);
export type LocationKind = z.infer<typeof LocationKind>;

export const Address = z.object({
  street: Text(120),
  number: Text(20),
  postcode: z.string().regex(/^[1-9]\d{3} ?[A-Z]{2}$/, 'a Dutch postcode looks like 1315 AB'),
  city: Text(80),
});
export type Address = z.infer<typeof Address>;

/** HSDS `location`: a place where kinderwerk happens. */
export const Location = z.object({
  ...RecordBase,
  name: Text(),
  kind: LocationKind,
  organizationId: Id.optional(),
  address: Address.optional(),
  latitude: Latitude,
  longitude: Longitude,
  /** CBS buurt the location lies in. When left out, it is derived from the coordinates. */
  buurtCode: BuurtCode.optional(),
  /** Plain-language notes on physical accessibility (step-free entrance, lift, toilet). */
  accessibility: LongText.optional(),
});
export type Location = z.infer<typeof Location>;

export const ActivityCategory = z.enum(['sport', 'play', 'creative', 'music-dance', 'cooking', 'learning', 'nature', 'other']);
export type ActivityCategory = z.infer<typeof ActivityCategory>;

/** How an activity runs: every week, as a course with an end, or as a holiday programme. */
export const ActivityProgramme = z.enum(['weekly', 'course', 'holiday']);
export type ActivityProgramme = z.infer<typeof ActivityProgramme>;

/** One stop of mobile work: on these days a play bus is in this buurt; the times come from the schedule. */
export const Visit = z.object({
  buurtCode: BuurtCode,
  byDay: z.array(Weekday).min(1, 'name at least one day'),
});
export type Visit = z.infer<typeof Visit>;

/** HSDS `service` / OpenActive `SessionSeries`: an activity for children. */
export const Activity = z
  .object({
    ...RecordBase,
    name: Text(),
    description: LongText.optional(),
    category: ActivityCategory,
    programme: ActivityProgramme.default('weekly'),
    organizationId: Id.optional(),
    ageRange: AgeRange,
    schedule: z.array(WeeklySlot).min(1, 'give at least one day and time'),
    dateRange: DateRange.optional(),
    cost: Cost,
    join: HowToJoin,
    /** Languages spoken, BCP 47 (`nl`, `en`, `ar`, `tr`, ...). */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).optional(),
    /** Where it happens. Leave out for mobile work and set `servesBuurten` instead. */
    locationId: Id.optional(),
    /** Buurten served, e.g. by a play bus that visits several. */
    servesBuurten: z.array(BuurtCode).optional(),
    /** For mobile work: on which days it is in which buurt. Without it, it is in each buurt on every day of the schedule. */
    visits: z.array(Visit).optional(),
    contactIds: z.array(Id).optional(),
    url: WebUrl.optional(),
    /** OpenActive `remainingAttendeeCapacity`, when the publisher knows it. */
    remainingPlaces: z.number().int().min(0).optional(),
    ...OfferOutcome,
  })
  .refine((a) => a.locationId || (a.servesBuurten && a.servesBuurten.length > 0), {
    message: 'give a locationId or at least one buurt in servesBuurten',
    path: ['locationId'],
  });
export type Activity = z.infer<typeof Activity>;

export const Referrer = z.enum(['parents', 'school', 'ggd', 'jeugd-ggz', 'wijkagent', 'wijkteam', 'huisarts', 'other']);
export type Referrer = z.infer<typeof Referrer>;

/** A huiskamer (dagarrangement): a safe place after school, by referral only, with an intake. */
export const Huiskamer = z
  .object({
    ...RecordBase,
    name: Text(),
    description: LongText.optional(),
    organizationId: Id.optional(),
    locationId: Id,
    schedule: z.array(WeeklySlot).min(1, 'give the opening days and hours'),
    ageRange: AgeRange,
    placesPerDay: z.number().int().min(0).max(1000),
    enrolled: z.number().int().min(0).max(10000).optional(),
    waitingList: z
      .object({
        count: z.number().int().min(0),
        countedOn: IsoDate,
        /** About how many weeks a child now waits for a place, when the huiskamer can say. */
        expectedWeeks: z.number().int().min(0).max(104).optional(),
      })
      .optional(),
    referrers: z.array(Referrer).min(1, 'say who may refer a child'),
    /** How the intake goes, in plain language. */
    intake: LongText.optional(),
    /** What children work on, e.g. "vriendjes maken", "minder snel boos worden". */
    goals: z.array(Text(200)).optional(),
    cost: Cost.optional(),
    contactIds: z.array(Id).optional(),
    ...OfferOutcome,
  });
export type Huiskamer = z.infer<typeof Huiskamer>;

/** A contact person. Shown only when `publicationConsent` is true. */
export const Contact = z.object({
  ...RecordBase,
  name: Text(120),
  role: Text(120),
  organizationId: Id.optional(),
  /** Buurten where this person is a known face. */
  buurtCodes: z.array(BuurtCode).optional(),
  phone: Phone.optional(),
  email: Email.optional(),
  photoUrl: WebUrl.optional(),
  /** The person agreed to be published. Without `true`, the person is never shown. */
  publicationConsent: z.boolean(),
});
export type Contact = z.infer<typeof Contact>;

/** A short experience story (v1.1), shown as plain text. Shown only when `publicationConsent` is true. */
export const Story = z.object({
  ...RecordBase,
  title: Text(120),
  text: LongText.min(1, 'may not be empty').max(2000),
  /** When it happened or was written down. */
  date: IsoDate,
  buurtCode: BuurtCode.optional(),
  activityId: Id.optional(),
  huiskamerId: Id.optional(),
  /** Everyone in the story agreed to publication. Without `true`, the story is never shown. */
  publicationConsent: z.boolean(),
});
export type Story = z.infer<typeof Story>;

// ---------------------------------------------------------------- the feed

export const Feed = z.object({
  format: z.literal(FEED_FORMAT),
  version: z.literal(FEED_VERSION),
  meta: Meta,
  neighbourhoods: Neighbourhoods,
  organizations: z.array(Organization).default([]),
  locations: z.array(Location).default([]),
  activities: z.array(Activity).default([]),
  huiskamers: z.array(Huiskamer).default([]),
  contacts: z.array(Contact).default([]),
  stories: z.array(Story).default([]),
});
export type FeedInput = z.input<typeof Feed>;

/** The record collections, in the order they are validated. */
export const RECORD_KINDS = ['organizations', 'locations', 'activities', 'huiskamers', 'contacts', 'stories'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RecordSchemas = {
  organizations: Organization,
  locations: Location,
  activities: Activity,
  huiskamers: Huiskamer,
  contacts: Contact,
  stories: Story,
} as const;
