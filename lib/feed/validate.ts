/**
 * Lenient feed validation: one bad record never sinks the feed. Structural
 * failures (not a feed, unknown version, broken meta or neighbourhoods) give one
 * clear error; below that, every record, buurt and wijk is checked on its own, bad
 * ones are dropped and reported with path, id and reason, and broken references
 * are repaired or reported. Contacts and stories without publication consent are left out.
 *
 *   const result = validateFeed(JSON.parse(text));
 *   if (result.ok) show(result.data, result.problems);
 *
 *   // In a page: same result, but it pauses between records so the page stays responsive.
 *   // `reuseInput`: JSON the caller parsed and gives away; its valid parts are not copied.
 *   const result = await validateFeedInChunks(json, { reuseInput: true });
 */
import { checkList } from './check-list';
import type { FastParserOptions } from './fast-parse';
import { checkReferences, type KeptRecords } from './check-references';
import { BUURT_RULES, RECORD_RULES, WIJK_RULES } from './list-rules';
import type { FeedCounts, ValidationResult } from './model';
import { createProblemLog } from './problem-log';
import type { RecordKind } from './schema';
import { runSteps, runStepsInSlices, type SliceOptions } from '../steps';
import { checkStructure } from './validate-structure';

export function validateFeed(raw: unknown, options: FastParserOptions = {}): ValidationResult {
  return runSteps(validationSteps(raw, options));
}

/** Pauses for the page whenever a slice of work (`SLICE_MS`, or `sliceMs`) has taken its time. */
export function validateFeedInChunks(raw: unknown, options: Pick<SliceOptions, 'sliceMs'> & FastParserOptions = {}): Promise<ValidationResult> {
  return runStepsInSlices(validationSteps(raw, options), options);
}

/** Without `reuseInput`, `raw` is left as it was: the result is a copy (references are repaired in it). */
function* validationSteps(raw: unknown, parsing: FastParserOptions): Generator<void, ValidationResult> {
  const checked = checkStructure(raw);
  if (!checked.ok) return checked;
  const { root, meta, sectionOrder } = checked.structure;
  const log = createProblemLog();

  const buurten = yield* checkList(checked.structure.buurten, BUURT_RULES, log, parsing);
  const wijken = yield* checkList(checked.structure.wijken, WIJK_RULES, log, parsing);
  const listed = {
    organizations: yield* checkList(root.organizations, RECORD_RULES.organizations, log, parsing),
    locations: yield* checkList(root.locations, RECORD_RULES.locations, log, parsing),
    activities: yield* checkList(root.activities, RECORD_RULES.activities, log, parsing),
    huiskamers: yield* checkList(root.huiskamers, RECORD_RULES.huiskamers, log, parsing),
    contacts: yield* checkList(root.contacts, RECORD_RULES.contacts, log, parsing),
    stories: yield* checkList(root.stories, RECORD_RULES.stories, log, parsing),
  };
  const kept: KeptRecords = {
    organizations: listed.organizations.kept,
    locations: listed.locations.kept,
    activities: listed.activities.kept,
    huiskamers: listed.huiskamers.kept,
    contacts: listed.contacts.kept,
    stories: listed.stories.kept,
  };
  const buurtFeatures = buurten.kept.map((entry) => entry.value);
  const wijkFeatures = wijken.kept.map((entry) => entry.value);
  const linked = yield* checkReferences(kept, { buurten: buurtFeatures, wijken: wijkFeatures }, listed.contacts.skippedIds, log);

  const countOf = (kind: RecordKind) => ({
    kept: linked.records[kind].length,
    dropped: listed[kind].dropped + linked.dropped[kind],
  });
  const counts: FeedCounts = {
    buurten: { kept: buurten.kept.length, dropped: buurten.dropped },
    wijken: { kept: wijken.kept.length, dropped: wijken.dropped },
    organizations: countOf('organizations'),
    locations: countOf('locations'),
    activities: countOf('activities'),
    huiskamers: countOf('huiskamers'),
    contacts: countOf('contacts'),
    stories: countOf('stories'),
    contactsWithoutConsent: listed.contacts.skipped,
    storiesWithoutConsent: listed.stories.skipped,
  };

  const values = <K extends RecordKind>(kind: K) => linked.records[kind].map((entry) => entry.value);
  return {
    ok: true,
    data: {
      meta,
      buurten: buurtFeatures,
      wijken: wijkFeatures,
      organizations: values('organizations'),
      locations: values('locations'),
      activities: values('activities'),
      huiskamers: values('huiskamers'),
      contacts: values('contacts'),
      stories: values('stories'),
    },
    problems: log.inOrder(sectionOrder),
    counts,
  };
}
