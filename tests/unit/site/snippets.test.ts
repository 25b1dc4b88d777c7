import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { embedUrl, type EmbedConfig } from '../../../lib/site/embed-config';
import { siteText } from '../../../lib/site/i18n';
import { buildSnippet, cspLines, frameSizingScript } from '../../../lib/site/snippets';

const SITE = 'https://kaart.voorbeeldstad.nl/kinderwerk/';
const DEFAULTS = { '--kwk-color-primary': '#0b5394', '--kwk-color-text': '#1b2733' };
const context = { siteBase: SITE, siteText: siteText('nl'), themeDefaults: DEFAULTS };
const config: EmbedConfig = {
  feed: 'https://data.voorbeeldstad.nl/kinderwerk.json?v=2&x=<1>',
  lang: 'en',
  neighbourhood: 'WK003402',
  view: 'map',
  listFirst: 'activities',
  tiles: 'pdok',
  headingLevel: 3,
  themeMode: 'default',
  theme: {},
};

/** What a browser computes for an inline script or style, to compare with the policy. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const inline = (code: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(code)?.[1] ?? '';

describe('the module snippet', () => {
  it('loads the widget from the site and sets every chosen attribute, escaped', async () => {
    const { code } = await buildSnippet('module', config, context);
    expect(code).toBe([
      '<script type="module" src="https://kaart.voorbeeldstad.nl/kinderwerk/widget/kinderwerk-kaart.js"></script>',
      '<kinderwerk-kaart feed="https://data.voorbeeldstad.nl/kinderwerk.json?v=2&amp;x=&lt;1&gt;" lang="en" neighbourhood="WK003402" view="map" heading-level="3"></kinderwerk-kaart>',
    ].join('\n'));
  });

  it('leaves the widget’s defaults out', async () => {
    const { code } = await buildSnippet('module', { ...config, neighbourhood: '', view: 'list', headingLevel: 2 }, context);
    expect(code).toContain('<kinderwerk-kaart feed="https://data.voorbeeldstad.nl/kinderwerk.json?v=2&amp;x=&lt;1&gt;" lang="en"></kinderwerk-kaart>');
  });

  it('asks the host for the site’s scripts, the feed’s origin and the tiles, and no style without a theme', async () => {
    const { csp } = await buildSnippet('module', config, context);
    expect(cspLines(csp)).toBe([
      'script-src https://kaart.voorbeeldstad.nl;',
      'connect-src https://data.voorbeeldstad.nl;',
      'img-src https://data.voorbeeldstad.nl https://service.pdok.nl;',
    ].join('\n'));
  });

  it('without a background map, asks for no tile host and says tiles="none"', async () => {
    const { code, csp } = await buildSnippet('module', { ...config, tiles: 'none', listFirst: 'huiskamers' }, context);
    expect(code).toContain(' tiles="none"');
    expect(code).toContain(' list-first="huiskamers"');
    expect(csp).toContainEqual(['img-src', ['https://data.voorbeeldstad.nl']]);
  });

  it('puts a theme in a <style> rule that the policy allows by its exact hash', async () => {
    const themed = { ...config, themeMode: 'own' as const, theme: { '--kwk-color-primary': '#1d5e3a' } };
    const { code, csp } = await buildSnippet('module', themed, context);
    const style = inline(code, 'style');
    expect(style).toBe('\nkinderwerk-kaart {\n  --kwk-color-primary: #1d5e3a;\n}\n');
    expect(csp).toContainEqual(['style-src', [sha256(style)]]);
  });

  it('maps NL Design System tokens with the chosen or default colour as fallback', async () => {
    const nlds = { ...config, themeMode: 'nlds' as const, theme: { '--kwk-color-primary': '#1d5e3a' } };
    const style = inline((await buildSnippet('module', nlds, context)).code, 'style');
    expect(style).toContain('--kwk-color-primary: var(--utrecht-button-primary-action-background-color, #1d5e3a);');
    expect(style).toContain('--kwk-color-text: var(--utrecht-document-color, #1b2733);');
  });
});

describe('the classic snippet', () => {
  it('loads the classic build with defer', async () => {
    const { code, csp } = await buildSnippet('classic', config, context);
    expect(code.split('\n')[0]).toBe('<script src="https://kaart.voorbeeldstad.nl/kinderwerk/widget/kinderwerk-kaart.iife.js" defer></script>');
    expect(csp[0]).toEqual(['script-src', ['https://kaart.voorbeeldstad.nl']]);
  });
});

describe('the iframe snippet', () => {
  it('frames embed.html with the choices as parameters and a title in the widget’s language', async () => {
    const { code } = await buildSnippet('iframe', { ...config, lang: 'nl' }, context);
    const src = /<iframe src="([^"]+)"/.exec(code)?.[1].replaceAll('&amp;', '&') ?? '';
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe('https://kaart.voorbeeldstad.nl/kinderwerk/embed.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      feed: config.feed, lang: 'nl', neighbourhood: 'WK003402', view: 'map', 'heading-level': '3',
    });
    expect(code).toContain(`title="${siteText('nl').configure.frameTitle}"`);
  });

  it('carries a theme as kwk- parameters, values and not NL Design System tokens', () => {
    const url = new URL(embedUrl({ ...config, themeMode: 'nlds', theme: { '--kwk-color-primary': '#1d5e3a' } }, SITE));
    expect(url.searchParams.get('kwk-color-primary')).toBe('#1d5e3a');
    expect([...url.searchParams.keys()].filter((key) => key.startsWith('kwk-'))).toEqual(['kwk-color-primary']);
  });

  it('asks the host only to allow the frame and the sizing script, by its hash', async () => {
    const { code, csp } = await buildSnippet('iframe', config, context);
    const script = inline(code, 'script');
    expect(script).toBe(`\n${frameSizingScript('https://kaart.voorbeeldstad.nl')}\n`);
    expect(csp).toEqual([['frame-src', ['https://kaart.voorbeeldstad.nl']], ['script-src', [sha256(script)]]]);
  });

  it('sizes only from the site’s origin and only on its own message', () => {
    const script = frameSizingScript('https://kaart.voorbeeldstad.nl');
    expect(script.split('\n')).toHaveLength(5);
    expect(script).toContain(`event.origin !== "https://kaart.voorbeeldstad.nl"`);
    expect(script).toContain(`event.data?.type !== 'kinderwerk-kaart:height'`);
  });
});
