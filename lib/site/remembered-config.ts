/**
 * The configurator's choices, kept for this browser tab (sessionStorage), so Back
 * from another page — the start page, the builder, a colleague's link — or a reload
 * shows what was chosen instead of starting over. Read back with the same checks
 * the widget gives its attributes: a value this version does not know is left out,
 * and the default is used for it.
 *
 *   rememberConfig(tabStorage(), config);
 *   const start = { ...defaults, ...rememberedConfig(tabStorage()) };
 */
import { HEADING_LEVELS, type EmbedConfig } from './embed-config';
import { THEME_TOKENS, themeValue, type ThemeValues } from './theme';
import { webAddress } from '../web-address';

const KEY = 'kwk-configure';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** This tab's sessionStorage; merely naming it throws where the browser blocks storage. */
export function tabStorage(): Store {
  try {
    return sessionStorage;
  } catch {
    return { getItem: () => null, setItem: () => undefined };
  }
}

/** Never throws: storage may be off (private mode, a blocked iframe), and then nothing is kept. */
export function rememberConfig(storage: Store, config: EmbedConfig): void {
  try {
    storage.setItem(KEY, JSON.stringify(config));
  } catch {
    // Nothing kept: the page works as before, from its defaults.
  }
}

export function rememberedConfig(storage: Store): Partial<EmbedConfig> {
  let saved: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(storage.getItem(KEY) ?? 'null');
    if (!parsed || typeof parsed !== 'object') return {};
    saved = parsed as Record<string, unknown>;
  } catch {
    return {};
  }
  const oneOf = <T extends string | number>(value: unknown, choices: readonly T[]): T | undefined =>
    choices.includes(value as T) ? (value as T) : undefined;
  const config: Partial<EmbedConfig> = {
    feed: typeof saved.feed === 'string' ? webAddress(saved.feed)?.href : undefined,
    lang: oneOf(saved.lang, ['nl', 'en'] as const),
    neighbourhood: typeof saved.neighbourhood === 'string' ? saved.neighbourhood : undefined,
    view: oneOf(saved.view, ['list', 'map'] as const),
    listFirst: oneOf(saved.listFirst, ['activities', 'huiskamers'] as const),
    tiles: oneOf(saved.tiles, ['pdok', 'none'] as const),
    headingLevel: oneOf(saved.headingLevel, HEADING_LEVELS),
    themeMode: oneOf(saved.themeMode, ['default', 'own', 'nlds'] as const),
    theme: savedTheme(saved.theme),
  };
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== undefined));
}

function savedTheme(value: unknown): ThemeValues | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const theme: ThemeValues = {};
  for (const { token } of THEME_TOKENS) {
    const raw = (value as Record<string, unknown>)[token];
    const checked = typeof raw === 'string' ? themeValue(token, raw) : undefined;
    if (checked) theme[token] = checked;
  }
  return theme;
}
