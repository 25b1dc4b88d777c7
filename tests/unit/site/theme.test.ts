import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastProblems, contrastRatio } from '../../../lib/site/contrast';
import { readEmbedParams } from '../../../lib/site/embed-params';
import { themeDefaults, themeRule, themeValue } from '../../../lib/site/theme';
import { OBSERVED_ATTRIBUTES } from '../../../entrypoints/widget/attributes';

describe('theme values', () => {
  it('takes colours only as #rrggbb and fonts only as names, so nothing ends the declaration', () => {
    expect(themeValue('--kwk-color-primary', ' #1D5E3A ')).toBe('#1D5E3A');
    expect(themeValue('--kwk-color-primary', 'red')).toBeUndefined();
    expect(themeValue('--kwk-color-primary', '#fff; background: url(https://tracker.example/x)')).toBeUndefined();
    expect(themeValue('--kwk-font-family', '"Fira Sans", system-ui, sans-serif')).toBe('"Fira Sans", system-ui, sans-serif');
    expect(themeValue('--kwk-font-family', 'x; } body { display: none')).toBeUndefined();
    expect(themeValue('--kwk-radius', '2px')).toBeUndefined();
  });

  it('writes no rule for the default look, and only what was chosen for own colours', () => {
    expect(themeRule({ '--kwk-color-primary': '#1d5e3a' }, 'default')).toBe('');
    expect(themeRule({}, 'own')).toBe('');
    expect(themeRule({ '--kwk-color-focus': '#000000' }, 'own')).toBe('kinderwerk-kaart {\n  --kwk-color-focus: #000000;\n}');
  });

  it('reads the widget’s real defaults from components/base.css, minified or not', () => {
    const css = readFileSync('components/base.css', 'utf8');
    const defaults = themeDefaults(css);
    expect(defaults['--kwk-color-primary']).toMatch(/^#[0-9a-f]{6}$/i);
    expect(defaults['--kwk-font-family']).toContain('sans-serif');
    expect(themeDefaults(':host,:root{--kwk-color-primary-text:#fff}')['--kwk-color-primary-text']).toBe('#ffffff');
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('names the pairs a visitor could not read', () => {
    const problems = contrastProblems({
      '--kwk-color-primary': '#ffff00', '--kwk-color-primary-text': '#ffffff',
      '--kwk-color-text': '#1b2733', '--kwk-color-background': '#ffffff', '--kwk-color-focus': '#c2410c',
    });
    expect(problems.map((problem) => problem.pair)).toEqual(['primary', 'links']);
  });
});

describe('embed.html parameters', () => {
  it('hand the widget’s own attributes on as given, the theme only when valid, and nothing else', () => {
    const { attributes, theme } = readEmbedParams(
      '?feed=feeds/almere.json&lang=en&neighbourhood=bu00340101&onload=alert(1)&kwk-color-primary=%231d5e3a&kwk-color-text=red',
      OBSERVED_ATTRIBUTES,
    );
    // The widget itself checks the values (a lower-case code is read as upper case there).
    expect(attributes).toEqual([['feed', 'feeds/almere.json'], ['lang', 'en'], ['neighbourhood', 'bu00340101']]);
    expect(theme).toEqual([['--kwk-color-primary', '#1d5e3a']]);
  });
});
