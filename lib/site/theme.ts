/**
 * The widget's theme as the embed configurator offers it: a few of the CSS custom
 * properties of docs/widget.md ("Theming"), each with the NL Design System (Utrecht)
 * token a municipality's own theme may already define. One list serves the
 * configurator's fields, the snippets' CSS and the iframe's `kwk-…` parameters.
 *
 *   themeRule({ '--kwk-color-primary': '#1d5e3a' }, 'own', defaults);
 *   // 'kinderwerk-kaart {\n  --kwk-color-primary: #1d5e3a;\n}'
 *   themeValue('--kwk-color-primary', 'red');   // undefined: only #rrggbb
 */
export const THEME_TOKENS = [
  { token: '--kwk-color-primary', kind: 'colour', nlds: '--utrecht-button-primary-action-background-color' },
  { token: '--kwk-color-primary-text', kind: 'colour', nlds: '--utrecht-button-primary-action-color' },
  { token: '--kwk-color-text', kind: 'colour', nlds: '--utrecht-document-color' },
  { token: '--kwk-color-background', kind: 'colour', nlds: '--utrecht-document-background-color' },
  { token: '--kwk-color-focus', kind: 'colour', nlds: '--utrecht-focus-outline-color' },
  { token: '--kwk-font-family', kind: 'font', nlds: '--utrecht-document-font-family' },
] as const;

export type ThemeToken = (typeof THEME_TOKENS)[number]['token'];
export type ThemeValues = Partial<Record<ThemeToken, string>>;

/**
 * `own`: the chosen values. `nlds`: the page's NL Design System tokens, with the chosen
 * values as fallback where the page has none.
 */
export type ThemeMode = 'default' | 'own' | 'nlds';

const COLOUR = /^#[0-9a-f]{6}$/i;
// Font names, quotes, commas and hyphens: nothing that ends the declaration or loads a url().
const FONT = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;

/** The value when it is safe and meaningful for the token, else undefined. */
export function themeValue(token: string, raw: string | null | undefined): string | undefined {
  const spec = THEME_TOKENS.find((entry) => entry.token === token);
  const value = raw?.trim();
  if (!spec || !value) return undefined;
  return (spec.kind === 'colour' ? COLOUR : FONT).test(value) ? value : undefined;
}

/**
 * The declarations the host page needs, in the token order above; empty for the default
 * look. `changes` are the values chosen; `defaults` the widget's (themeDefaults), the
 * fallback of every NL Design System token a page may lack: without one, a missing
 * token would leave the widget without that colour at all.
 */
export function themeDeclarations(changes: ThemeValues, mode: ThemeMode, defaults: ThemeValues = {}): [ThemeToken, string][] {
  if (mode === 'default') return [];
  return THEME_TOKENS.flatMap(({ token, nlds }): [ThemeToken, string][] => {
    const value = themeValue(token, changes[token]);
    if (mode === 'own') return value ? [[token, value]] : [];
    const fallback = value ?? themeValue(token, defaults[token]);
    return [[token, fallback ? `var(${nlds}, ${fallback})` : `var(${nlds})`]];
  });
}

/** The CSS rule for the host page, or '' when there is nothing to set. */
export function themeRule(changes: ThemeValues, mode: ThemeMode, defaults: ThemeValues = {}): string {
  const declarations = themeDeclarations(changes, mode, defaults);
  if (declarations.length === 0) return '';
  return `kinderwerk-kaart {\n${declarations.map(([token, value]) => `  ${token}: ${value};\n`).join('')}}`;
}

/** `#abc` as `#aabbcc` (a minifier's short form; colour pickers take only the long one). */
function longHex(value: string): string {
  return /^#[0-9a-f]{3}$/i.test(value) ? `#${[...value.slice(1)].map((digit) => digit + digit).join('')}` : value;
}

/**
 * The widget's defaults of these tokens, read from components/base.css (its `:host,
 * :root` block), so the configurator starts from the real defaults without a copy.
 */
export function themeDefaults(baseCss: string): ThemeValues {
  const defaults: ThemeValues = {};
  // Its comments show theming examples with other values.
  const css = baseCss.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const { token } of THEME_TOKENS) {
    const match = new RegExp(`${token}:\\s*([^;}]+)[;}]`).exec(css);
    if (match) defaults[token] = longHex(match[1].trim());
  }
  return defaults;
}
