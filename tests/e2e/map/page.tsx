/**
 * A page with only the map on it, inside a shadow root like the widget, for the
 * browser tests in this folder. Query parameters: `feed` (URL, default the Almere
 * demo feed), `tiles` (URL template, default none), `lang`, `compact`, `area`.
 * A line under the map shows the area filter and the selection, as a user of the
 * full widget would see them reflected in the list and the details.
 */
import '../../../lib/zod-jitless';
import { render } from 'preact';
import { AppContext, useApp } from '../../../components/AppContext';
import { MapView } from '../../../components/map/MapView';
import { createStyleSheets } from '../../../components/styles';
import { validateFeed } from '../../../lib/feed/validate';
import { pickLanguage } from '../../../lib/i18n';
import { createAppState } from '../../../lib/state';

const params = new URLSearchParams(location.search);
const feedUrl = new URL(params.get('feed') ?? '/feeds/almere.json', location.href);

function Echo() {
  const app = useApp();
  const selection = app.selection.value;
  return (
    <p id="echo">
      area={app.criteria.value.area ?? ''} selection={selection ? `${selection.kind}:${selection.id}` : ''}
    </p>
  );
}

async function fetchJson(url: URL): Promise<Record<string, unknown>> {
  return (await fetch(url)).json();
}

/** Linked buurten and wijken, put inline the way the feed loader does. */
async function loadFeed(url: URL): Promise<unknown> {
  const feed = await fetchJson(url);
  const neighbourhoods = feed.neighbourhoods as Record<string, { url?: string }>;
  for (const key of ['buurten', 'wijken']) {
    const link = neighbourhoods[key]?.url;
    if (link) neighbourhoods[key] = await fetchJson(new URL(link, url));
  }
  return feed;
}

const host = document.querySelector('#host') as HTMLElement;
const shadow = host.attachShadow({ mode: 'open' });
shadow.adoptedStyleSheets = createStyleSheets();
const mount = document.createElement('div');
mount.className = 'kwk-root';
shadow.append(mount);

const app = createAppState({ lang: pickLanguage(params.get('lang')), criteria: { area: params.get('area') ?? undefined } });
render(
  <AppContext.Provider value={app}>
    <MapView tiles={params.get('tiles') ?? ''} compact={params.has('compact')} />
    <Echo />
  </AppContext.Provider>,
  mount,
);

const result = validateFeed(await loadFeed(feedUrl));
if (result.ok) {
  app.feed.value = {
    phase: 'ready', data: result.data, problems: result.problems, counts: result.counts,
    fetchedAt: new Date().toISOString(),
  };
}
document.body.dataset.ready = result.ok ? 'yes' : 'failed';
