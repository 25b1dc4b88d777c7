/**
 * Queries over a validated feed: pure functions, indexed once per feed.
 *
 *   const index = createFeedIndex(data);
 *   const hits = filterActivities(index, { area: 'WK036301', age: 8, freeOnly: true }, new Date());
 *   const totals = neighbourhoodTotals(index, { age: 8 });
 *   const options = searchAreas(index, 'centrum');
 */
export type { Criteria, TimeOfDay } from './criteria';
export { NO_CRITERIA } from './criteria';
export { createFeedIndex, type FeedIndex, type ActivityEntry, type HuiskamerEntry } from './feedIndex';
export { createFeedIndexInChunks, indexedRecordCount, INDEX_AT_ONCE_MAX_RECORDS, type IndexChunkOptions } from './feedIndexInChunks';
export { filterActivities, filterHuiskamers } from './filter';
export type { ActivityHit, HuiskamerHit, Hit } from './hits';
export { contactsForArea } from './contacts';
export { neighbourhoodTotals, areaTotals, type AreaTotals } from './aggregate';
export { searchAreas, isPostcode, normalizePostcode, type AreaMatch } from './search';
export { indexAreas, isBuurtCode, isWijkCode, wijkCodeFromBuurtCode, type Area, type AreaKind, type AreaIndex } from './areas';
export { foldText, foldWords, nameSortKey } from './normalize';
export { isOver, nextOccurrence, runsInComingWeek, sessionsWithin, hasSlotMatching, isoDay, parseIsoDay, weekdayOf, type Session } from './schedule';
