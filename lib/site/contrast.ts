/**
 * WCAG 2.1 contrast between two colours, so the configurator can warn before a
 * municipality publishes a theme visitors cannot read (1.4.3 text 4.5:1, 1.4.11
 * focus outline 3:1).
 *
 *   contrastRatio('#ffffff', '#0b5394');   // 7.9…
 *   contrastProblems(theme);               // [{ pair: 'primary', ratio: 2.1, needed: 4.5 }]
 */
import type { ThemeToken, ThemeValues } from './theme';

/** Relative luminance of `#rrggbb`, WCAG 2.1's formula. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The pairs of the theme that must stay readable, and how much contrast each needs. */
export const CONTRAST_PAIRS = [
  { pair: 'primary', foreground: '--kwk-color-primary-text', background: '--kwk-color-primary', needed: 4.5 },
  { pair: 'text', foreground: '--kwk-color-text', background: '--kwk-color-background', needed: 4.5 },
  { pair: 'links', foreground: '--kwk-color-primary', background: '--kwk-color-background', needed: 4.5 },
  { pair: 'focus', foreground: '--kwk-color-focus', background: '--kwk-color-background', needed: 3 },
] as const satisfies readonly { pair: string; foreground: ThemeToken; background: ThemeToken; needed: number }[];

export type ContrastPair = (typeof CONTRAST_PAIRS)[number]['pair'];

export interface ContrastProblem {
  pair: ContrastPair;
  ratio: number;
  needed: number;
}

const COLOUR = /^#[0-9a-f]{6}$/i;

/** The pairs below their minimum, for the colours given (a pair with a colour missing is skipped). */
export function contrastProblems(colours: ThemeValues): ContrastProblem[] {
  return CONTRAST_PAIRS.flatMap(({ pair, foreground, background, needed }) => {
    const fg = colours[foreground];
    const bg = colours[background];
    if (!fg || !bg || !COLOUR.test(fg) || !COLOUR.test(bg)) return [];
    const ratio = contrastRatio(fg, bg);
    return ratio < needed ? [{ pair, ratio, needed }] : [];
  });
}
