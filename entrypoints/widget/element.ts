/**
 * `<kinderwerk-kaart>`: the custom element a municipality puts on its page. It turns
 * attributes into app state, renders the shared components into its Shadow DOM and
 * keeps the feed and the URL hash in step. It wires; the components and lib/ think.
 *
 *   <kinderwerk-kaart feed="/kinderwerk.json" lang="nl" neighbourhood="BU00340202"></kinderwerk-kaart>
 */
import { h, render } from 'preact';
import { App } from '../../components/App';
import { AppContext } from '../../components/AppContext';
import { createStyleSheets } from '../../components/styles';
import { createAppState, type AppState, type View } from '../../lib/state';
import { withNotice } from '../../lib/app-notice';
import { hasLanguage, loadLanguage, type Lang } from '../../lib/i18n';
import { OBSERVED_ATTRIBUTES, readAttributes, type WidgetAttribute, type WidgetOptions } from './attributes';
import { connectFeed } from './feed-connection';
import { applyHash, syncHash } from './hash-sync';

export const TAG_NAME = 'kinderwerk-kaart';

/** On narrow screens the list comes first; the map is one tap away. */
const DEFAULT_VIEW: View = 'list';

// Constructed sheets can be shared by every widget on the page: parse the CSS once.
let styleSheets: CSSStyleSheet[] | undefined;

// The page has one URL hash; with two widgets on a page, the first one connected owns it.
let hashOwner: KinderwerkKaartElement | undefined;

export class KinderwerkKaartElement extends HTMLElement {
  static get observedAttributes(): readonly string[] {
    return OBSERVED_ATTRIBUTES;
  }

  readonly #shadow: ShadowRoot;
  #app: AppState | undefined;
  #options: WidgetOptions | undefined;
  /** The feed address and its conversion settings now watched, to skip a needless reconnect. */
  #feedKey: string | undefined;
  #stopFeed: (() => void) | undefined;
  #stopHash: (() => void) | undefined;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = styleSheets ??= createStyleSheets();
  }

  connectedCallback(): void {
    const options = (this.#options = readAttributes(this));
    const app = (this.#app ??= this.#createApp(options));
    if (!hashOwner) {
      // eslint-disable-next-line @typescript-eslint/no-this-alias -- not an alias for a closure: records which widget on the page owns the URL hash
      hashOwner = this;
      const canShow = (view: View) => this.#canShow(view);
      applyHash(app, window.location.hash, this.#defaultView(), canShow);
      this.#stopHash = syncHash(app, window, { defaultView: this.#defaultView(), canShow });
    }
    this.#watch(options);
    this.#render();
  }

  disconnectedCallback(): void {
    this.#stopFeed?.();
    this.#stopFeed = undefined;
    this.#feedKey = undefined;
    this.#stopHash?.();
    this.#stopHash = undefined;
    if (hashOwner === this) hashOwner = undefined;
    render(null, this.#shadow);
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    const app = this.#app;
    if (!app || !this.isConnected || oldValue === newValue) return;
    const options = (this.#options = readAttributes(this));
    switch (name as WidgetAttribute) {
      case 'feed':
      case 'municipality':
      case 'municipality-name':
      case 'buurten':
      case 'wijken':
        this.#watch(options);
        break;
      case 'lang':
        void this.#showLanguage(options.lang);
        break;
      case 'photos':
        app.photoRule.value = { feedUrl: options.feed, allow: options.photos };
        break;
      case 'neighbourhood':
        app.criteria.value = { ...app.criteria.value, area: options.neighbourhood };
        break;
      case 'view':
        app.view.value = this.#defaultView();
        this.#render();
        break;
      case 'views':
        if (!this.#canShow(app.view.value)) app.view.value = this.#defaultView();
        this.#render();
        break;
      case 'tiles':
      case 'attribution':
      case 'heading-level':
      case 'list-first':
        this.#render();
        break;
    }
  }

  #createApp(options: WidgetOptions): AppState {
    return createAppState({
      lang: options.lang,
      view: options.view ?? DEFAULT_VIEW,
      criteria: options.neighbourhood ? { area: options.neighbourhood } : {},
      photoRule: { feedUrl: options.feed, allow: options.photos },
    });
  }

  #defaultView(): View {
    return this.#options?.view ?? DEFAULT_VIEW;
  }

  /** Whether the host page enabled this view: the figures only with views="… cijfers" or view="cijfers". */
  #canShow(view: View): boolean {
    const views = this.#options?.views ?? ['aanbod'];
    return views.includes(view === 'cijfers' ? 'cijfers' : 'aanbod');
  }

  #watch({ feed, convert }: WidgetOptions): void {
    const key = JSON.stringify([feed, convert]);
    if (this.#stopFeed && key === this.#feedKey) return;
    this.#stopFeed?.();
    this.#feedKey = key;
    if (!this.#app) return;
    this.#app.photoRule.value = { ...this.#app.photoRule.value, feedUrl: feed };
    this.#stopFeed = connectFeed(this.#app, feed, convert);
  }

  /** Switches to a language once its texts are in (the ES build fetches English as a chunk). */
  async #showLanguage(lang: Lang): Promise<void> {
    const usable = await loadLanguage(lang);
    // A later change of the attribute wins over this one.
    if (!this.#app || !this.isConnected || this.#options?.lang !== lang) return;
    this.#app.lang.value = usable;
    this.#render();
  }

  #render(): void {
    const app = this.#app;
    const options = this.#options;
    if (!app || !options) return;
    // Nothing rather than a flash of Dutch before English: the feed is fetched meanwhile.
    if (!hasLanguage(app.lang.value)) {
      void this.#showLanguage(app.lang.value);
      return;
    }
    app.notices.value = withNotice(app.notices.value, 'tiles-invalid', options.tilesInvalid);
    render(
      h(AppContext.Provider, { value: app }, h(App, { tiles: options.tiles, attribution: options.attribution, headingLevel: options.headingLevel, listFirst: options.listFirst, views: options.views })),
      this.#shadow,
    );
  }
}
