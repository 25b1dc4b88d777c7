/**
 * The buurten and wijken a worker can pick as the popup's starting point on the
 * options page: from the cached feeds, one group per municipality, each wijk
 * followed by its buurten, in name order.
 *
 *   const groups = await loadAreaChoices(settings.feeds, { store });
 *   // [{ municipality: 'Almere', areas: [{ code: 'WK003401', name: 'Almere Haven', kind: 'wijk' }, ...] }]
 */
import { indexAreas, nameSortKey, type AreaKind } from '../query';
import type { KinderwerkData } from '../feed/model';
import type { FeedStore } from '../store/cache';
import type { FeedSubscription } from './settings';

export interface AreaChoice {
  code: string;
  name: string;
  kind: AreaKind;
}

export interface AreaChoiceGroup {
  municipality: string;
  areas: AreaChoice[];
}

export async function loadAreaChoices(feeds: readonly FeedSubscription[], options: { store: FeedStore }): Promise<AreaChoiceGroup[]> {
  // One group per municipality: the example data and the real feed of Almere would
  // otherwise list every buurt twice, under two groups with the same name.
  const groups = new Map<string, AreaChoiceGroup>();
  for (const { url } of feeds) {
    const cached = await options.store.get(url).catch(() => undefined);
    if (!cached) continue;
    const { code, name } = cached.data.meta.municipality;
    const group = groups.get(code);
    if (!group) {
      groups.set(code, { municipality: name, areas: areasOf(cached.data) });
      continue;
    }
    const listed = new Set(group.areas.map((area) => area.code));
    group.areas.push(...areasOf(cached.data).filter((area) => !listed.has(area.code)));
  }
  return [...groups.values()];
}

/** Each wijk followed by its buurten, in name order; then buurten without a known wijk. The site's configurator lists them too. */
export function areasOf(data: KinderwerkData): AreaChoice[] {
  const index = indexAreas(data);
  const byName = (a: { name?: string; code: string }, b: { name?: string; code: string }) =>
    nameSortKey(a.name ?? a.code).localeCompare(nameSortKey(b.name ?? b.code));
  const areas: AreaChoice[] = [];
  const choice = (code: string, kind: AreaKind, name?: string): AreaChoice => ({ code, kind, name: name ?? code });
  for (const wijk of [...index.wijken.values()].sort(byName)) {
    areas.push(choice(wijk.code, 'wijk', wijk.name));
    const buurten = index.buurtenOf(wijk.code).map((code) => index.buurten.get(code)!).filter(Boolean);
    for (const buurt of buurten.sort(byName)) areas.push(choice(buurt.code, 'buurt', buurt.name));
  }
  // Buurten whose wijk the feed does not describe still deserve a place.
  const listed = new Set(areas.map((area) => area.code));
  for (const buurt of [...index.buurten.values()].sort(byName)) {
    if (!listed.has(buurt.code)) areas.push(choice(buurt.code, 'buurt', buurt.name));
  }
  return areas;
}
