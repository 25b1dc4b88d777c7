/**
 * How each list of a feed is checked item by item: which schema, which key must be
 * unique, which id to show in reports, and the checks zod cannot express.
 *
 *   yield* checkList(root.activities, RECORD_RULES.activities, log);
 */
import type { z } from 'zod';
import type { ListRules } from './check-list';
import { stringId } from './check-list';
import { coordinateProblem } from './netherlands';
import {
  Activity, BuurtFeature, Contact, Huiskamer, Location, Organization, Story, WijkFeature, areaSizeProblem, type RecordKind,
} from './schema';
import { withoutUnknownChoices } from './unknown-choices';
import { isObject } from './validate-structure';

export interface RecordTypes {
  organizations: Organization;
  locations: Location;
  activities: Activity;
  huiskamers: Huiskamer;
  contacts: Contact;
  stories: Story;
}

function recordRules<K extends RecordKind>(
  kind: K,
  schema: z.ZodType<RecordTypes[K]>,
  extra: Partial<ListRules<RecordTypes[K]>> = {},
): ListRules<RecordTypes[K]> {
  return {
    path: kind,
    section: kind,
    kind,
    noun: kind,
    schema,
    idOf: stringId,
    keyName: 'id',
    keyPath: ['id'],
    keyOf: (record) => record.id,
    ...extra,
  };
}

export const RECORD_RULES: { [K in RecordKind]: ListRules<RecordTypes[K]> } = {
  organizations: recordRules('organizations', Organization),
  locations: recordRules('locations', Location, {
    extraCheck: (location) => {
      const problem = coordinateProblem(location.latitude, location.longitude);
      return problem && { path: [problem.field], reason: problem.reason };
    },
  }),
  activities: recordRules('activities', Activity, { lenient: withoutUnknownChoices }),
  huiskamers: recordRules('huiskamers', Huiskamer, { lenient: withoutUnknownChoices }),
  contacts: recordRules('contacts', Contact, {
    // Without consent a person is never shown, and never stored: not a problem, just left out.
    skip: withoutConsent,
  }),
  stories: recordRules('stories', Story, { skip: withoutConsent }),
};

function withoutConsent(raw: unknown): boolean {
  return isObject(raw) && raw.publicationConsent === false;
}

const codeOf = (raw: unknown): string | undefined =>
  isObject(raw) && isObject(raw.properties) && typeof raw.properties.code === 'string' ? raw.properties.code : undefined;

function areaRules<T extends BuurtFeature | WijkFeature>(noun: 'buurten' | 'wijken', schema: z.ZodType<T>): ListRules<T> {
  return {
    path: `neighbourhoods.${noun}.features`,
    section: `neighbourhoods.${noun}`,
    kind: 'neighbourhoods',
    noun,
    schema,
    idOf: codeOf,
    keyName: 'code',
    keyPath: ['properties', 'code'],
    keyOf: (feature) => feature.properties.code,
    precheck: (raw) => {
      const problem = isObject(raw) ? areaSizeProblem(raw.geometry) : undefined;
      return problem && { path: ['geometry', ...problem.path], reason: problem.reason };
    },
  };
}

export const BUURT_RULES = areaRules('buurten', BuurtFeature);
export const WIJK_RULES = areaRules('wijken', WijkFeature);
