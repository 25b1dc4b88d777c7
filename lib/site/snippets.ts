/**
 * The three snippets of the embed configurator, each with the Content-Security-Policy
 * sources the host page must add for it:
 *
 * - `module`: `<script type="module">` and the element (all current browsers);
 * - `classic`: the classic script with `defer`, for a CMS that allows only plain scripts;
 * - `iframe`: embed.html in a frame, for a CMS that allows only iframes, with the
 *   five-line script that sizes the frame to the height it posts (docs/site.md).
 *
 * A theme becomes a `<style>` rule beside the element, allowed by its hash, because a
 * strict policy refuses inline styles (and `style` attributes) without one.
 *
 *   const snippet = await buildSnippet('module', config, { siteBase: 'https://kaart.voorbeeldstad.nl/', siteText: siteText('nl'), themeDefaults });
 *   snippet.code;   // '<script type="module" src="https://kaart.voorbeeldstad.nl/widget/kinderwerk-kaart.js"></script>\n…'
 *   snippet.csp;    // [['script-src', ['https://kaart.voorbeeldstad.nl']], ['connect-src', […]], …]
 *
 * `img-src` names the feed's origin for contact photos: a feed may also declare other photo
 * hosts (meta.imageHosts), which the host then adds itself (docs/site.md).
 */
import { PDOK_TILES } from '../geo/tiles';
import { cspHash } from './csp-hash';
import { embedUrl, widgetAttributes, type EmbedConfig } from './embed-config';
import { HEIGHT_MESSAGE } from './height-message';
import type { SiteMessages } from './i18n';
import { themeRule, type ThemeValues } from './theme';

export const SNIPPET_KINDS = ['module', 'classic', 'iframe'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

/** A directive and the sources to add to it. */
export type CspDirective = [directive: string, sources: string[]];

export interface Snippet {
  code: string;
  csp: CspDirective[];
}

export interface SnippetContext {
  /** The address of the site's folder, where widget/ and embed.html are. */
  siteBase: string;
  /** Texts in the language of the widget (the iframe's title). */
  siteText: SiteMessages;
  /** The widget's theme defaults: fallbacks for NL Design System tokens. */
  themeDefaults: ThemeValues;
}

/** The iframe's initial height, before the first height message arrives (or without the script). */
export const FRAME_HEIGHT = 800;

/** The host's script that sets each frame of `origin` to the height it posts. */
export function frameSizingScript(origin: string): string {
  return [
    `addEventListener('message', (event) => {`,
    `  if (event.origin !== ${JSON.stringify(origin)} || event.data?.type !== '${HEIGHT_MESSAGE}') return;`,
    `  for (const frame of document.querySelectorAll('iframe'))`,
    `    if (frame.contentWindow === event.source) frame.height = String(Math.ceil(Number(event.data.height)));`,
    `});`,
  ].join('\n');
}

export async function buildSnippet(kind: SnippetKind, config: EmbedConfig, context: SnippetContext): Promise<Snippet> {
  return kind === 'iframe' ? iframeSnippet(config, context) : scriptSnippet(kind, config, context);
}

async function scriptSnippet(kind: 'module' | 'classic', config: EmbedConfig, context: SnippetContext): Promise<Snippet> {
  const script = new URL(kind === 'module' ? 'widget/kinderwerk-kaart.js' : 'widget/kinderwerk-kaart.iife.js', context.siteBase);
  const rule = themeRule(config.theme, config.themeMode, context.themeDefaults);
  const attributes = widgetAttributes(config).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  const style = rule ? `\n${rule}\n` : '';
  const code = [
    kind === 'module'
      ? `<script type="module" src="${escapeAttribute(script.href)}"></script>`
      : `<script src="${escapeAttribute(script.href)}" defer></script>`,
    ...(rule ? [`<style>${style}</style>`] : []),
    `<kinderwerk-kaart${attributes}></kinderwerk-kaart>`,
  ].join('\n');
  const feedOrigin = new URL(config.feed).origin;
  const csp: CspDirective[] = [
    ['script-src', [script.origin]],
    ['connect-src', [feedOrigin]],
    // Contact photos come from the feed's own host (or hosts it declares); the tiles from PDOK.
    ['img-src', config.tiles === 'pdok' ? [feedOrigin, new URL(PDOK_TILES).origin] : [feedOrigin]],
  ];
  if (rule) csp.push(['style-src', [await cspHash(style)]]);
  return { code, csp };
}

async function iframeSnippet(config: EmbedConfig, context: SnippetContext): Promise<Snippet> {
  const origin = new URL(context.siteBase).origin;
  const sizing = `\n${frameSizingScript(origin)}\n`;
  const code = [
    `<iframe src="${escapeAttribute(embedUrl(config, context.siteBase))}"`,
    `  title="${escapeAttribute(context.siteText.configure.frameTitle)}" width="100%" height="${FRAME_HEIGHT}"`,
    `  loading="lazy" allow="geolocation"></iframe>`,
    `<script>${sizing}</script>`,
  ].join('\n');
  return { code, csp: [['frame-src', [origin]], ['script-src', [await cspHash(sizing)]]] };
}

/** The policy lines as a host adds them: `script-src https://…;` one directive a line. */
export function cspLines(csp: readonly CspDirective[]): string {
  return csp.map(([directive, sources]) => `${directive} ${sources.join(' ')};`).join('\n');
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
