/**
 * Filters, the selected item and the view in the URL hash, so a link reproduces what
 * someone sees: `#kwk:area=BU00340202&age=8&sel=activity:alm-act-1`.
 *
 *   const state = parseHashState(location.hash);        // undefined when the hash is not ours
 *   const hash = nextHash(location.hash, formatHashState(state));
 *
 * The widget lives on someone else's page, so it only ever reads and writes a hash that
 * starts with `kwk:` and leaves the host page's own anchors (`#contact`) alone. A position
 * ("near me") is never put in the URL: links get shared, and a home location is personal.
 */
import { ActivityCategory, AreaCode, Id, JoinMethod, Weekday } from './feed/schema';
import type { Criteria, TimeOfDay } from './query/criteria';
import type { Selection, View } from './state';

const HASH_PREFIX = 'kwk:';

export interface HashState {
  criteria: Criteria;
  selection?: Selection;
  view?: View;
}

const SELECTION_KINDS: readonly Selection['kind'][] = ['activity', 'huiskamer', 'contact', 'location', 'organization', 'area'];
const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];
const VIEWS: readonly View[] = ['map', 'list', 'cijfers'];
const MAX_TEXT = 200;

/**
 * Reads the widget's state from a hash. Links are untrusted input: anything unknown or
 * malformed is dropped rather than reported, so a half-broken link still opens something.
 */
export function parseHashState(hash: string): HashState | undefined {
  const raw = stripHash(hash);
  if (!raw.startsWith(HASH_PREFIX)) return undefined;
  const params = readParams(raw.slice(HASH_PREFIX.length));
  const criteria: Criteria = {};
  const area = params.get('area');
  if (area && AreaCode.safeParse(area).success) criteria.area = area;
  const age = Number(params.get('age'));
  if (params.has('age') && Number.isInteger(age) && age >= 0 && age <= 25) criteria.age = age;
  const days = listOf(params.get('days'), Weekday.options);
  if (days.length) criteria.days = days;
  const time = params.get('time');
  if (time && includes(TIMES_OF_DAY, time)) criteria.timeOfDay = time;
  const categories = listOf(params.get('cat'), ActivityCategory.options);
  if (categories.length) criteria.categories = categories;
  if (params.get('free') === '1') criteria.freeOnly = true;
  const join = listOf(params.get('join'), JoinMethod.options);
  if (join.length) criteria.join = join;
  const text = params.get('q')?.trim().slice(0, MAX_TEXT);
  if (text) criteria.text = text;
  if (params.get('week') === '1') criteria.comingWeek = true;

  const state: HashState = { criteria };
  const view = params.get('view');
  if (view && includes(VIEWS, view)) state.view = view;
  const selection = parseSelection(params.get('sel'));
  if (selection) state.selection = selection;
  return state;
}

/**
 * A link to one buurt or wijk in the widget on a municipality's page:
 * `areaLink('https://www.almere.nl/kinderwerk', 'BU00340202')` →
 * `https://www.almere.nl/kinderwerk#kwk:area=BU00340202`. The page's own hash is replaced.
 */
export function areaLink(pageUrl: string, code: string): string {
  const url = new URL(pageUrl);
  url.hash = formatHashState({ criteria: { area: code } });
  return url.href;
}

/** The hash for a state, without `#`: `kwk:view=list&age=8`, or `''` when there is nothing to keep. */
export function formatHashState(state: HashState): string {
  const { criteria: c, selection, view } = state;
  const pairs: [string, string | undefined][] = [
    ['view', view],
    ['area', c.area],
    ['age', c.age === undefined ? undefined : String(c.age)],
    ['days', c.days?.join(',')],
    ['time', c.timeOfDay],
    ['cat', c.categories?.join(',')],
    ['free', c.freeOnly ? '1' : undefined],
    ['join', c.join?.join(',')],
    ['q', c.text?.trim() || undefined],
    ['week', c.comingWeek ? '1' : undefined],
    ['sel', selection ? `${selection.kind}:${selection.id}` : undefined],
  ];
  const body = pairs
    .filter((pair): pair is [string, string] => Boolean(pair[1]))
    .map(([key, value]) => `${key}=${encodeValue(value)}`)
    .join('&');
  return body ? HASH_PREFIX + body : '';
}

/**
 * The hash to write after the widget's state changed, or `undefined` to leave the URL
 * alone: never overwrite an anchor of the host page, and don't write what is there already.
 */
export function nextHash(currentHash: string, ownHash: string): string | undefined {
  const current = stripHash(currentHash);
  if (current !== '' && !current.startsWith(HASH_PREFIX)) return undefined;
  return current === ownHash ? undefined : ownHash;
}

function parseSelection(value: string | undefined): Selection | undefined {
  if (!value) return undefined;
  const colon = value.indexOf(':');
  const kind = value.slice(0, colon);
  const id = value.slice(colon + 1);
  if (colon < 0 || !includes(SELECTION_KINDS, kind)) return undefined;
  if (kind === 'area') {
    return AreaCode.safeParse(id).success ? { kind, id } : undefined;
  }
  return Id.safeParse(id).success ? { kind, id } : undefined;
}

function readParams(body: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of body.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    try {
      params.set(part.slice(0, eq), decodeURIComponent(part.slice(eq + 1).replace(/\+/g, ' ')));
    } catch {
      // A malformed %-escape: skip this one parameter.
    }
  }
  return params;
}

// Commas and colons stay readable in the address bar; they separate list items and `kind:id`.
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

function listOf<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((item): item is T => includes(allowed, item)))];
}

function includes<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function stripHash(hash: string): string {
  return hash.startsWith('#') ? hash.slice(1) : hash;
}
