/**
 * The whole Kinderwerkkaart screen, shared by the widget and the extension popup:
 * title and data notices, filters, the map/list toggle, map and list side by side on
 * wide screens (list first, map behind the toggle on narrow ones), details in the list's
 * place beside the map (a covering sheet on narrow screens), source. When the host page
 * enables it, a tab row above switches to the municipality's figures (components/insight),
 * whose code loads only then.
 *
 *   <AppContext.Provider value={app}><App tiles={url} attribution="Kaart: Kadaster" /></AppContext.Provider>
 *
 * Wide or narrow is decided by a container query on the widget's own width, not the
 * window's: a municipality may put it in a narrow column of a wide page.
 */
import { DetailsPanel } from './details/DetailsPanel';
import { Filters } from './filters/Filters';
import { ListFirst, ResultList } from './list/ResultList';
import { MapLoader } from './map/MapLoader';
import { StatusBanner } from './status/StatusBanner';
import { DataSource } from './DataSource';
import { ViewToggle } from './ViewToggle';
import { ViewTabs, type ViewTab } from './ViewTabs';
import { InsightLoader } from './insight/InsightLoader';
import { useApp, useText } from './AppContext';
import { Heading, HeadingBase, DEFAULT_HEADING_LEVEL } from './ui/Heading';
import { SkipLinks } from './SkipLinks';
import { useRef } from 'preact/hooks';

export interface AppProps {
  /** Tile URL template (`{z}/{x}/{y}`); empty for no background map. */
  tiles: string;
  /** Credit line for the tiles. */
  attribution: string;
  /** The level of the widget's title on the host page (the `heading-level` attribute). */
  headingLevel?: number;
  /** Which results come first in the list (the `list-first` attribute). */
  listFirst?: ListFirst;
  /** The views the host page enabled (the `views` attribute); a tab row when more than one. */
  views?: readonly ViewTab[];
}

const PARENTS_ONLY: readonly ViewTab[] = ['aanbod'];

export function App({ tiles, attribution, headingLevel = DEFAULT_HEADING_LEVEL, listFirst = 'activities', views = PARENTS_ONLY }: AppProps) {
  const app = useApp();
  const text = useText();
  const feed = app.feed.value;
  const data = feed.phase === 'ready' || feed.phase === 'stale' ? feed.data : undefined;
  const end = useRef<HTMLSpanElement>(null);
  const figures = views.includes('cijfers') && (app.view.value === 'cijfers' || !views.includes('aanbod'));

  return (
    <HeadingBase.Provider value={headingLevel}>
      <div class="kwk-root kwk-app" lang={app.lang.value} data-view={app.view.value} data-details={app.selection.value ? 'open' : undefined}>
        <SkipLinks endRef={end} />
        <header class="kwk-app__header" data-kwk-behind-details>
          <Heading depth={0} class="kwk-app__title">{text.app.title(data?.meta.municipality.name)}</Heading>
          <StatusBanner />
          {views.length > 1 && <ViewTabs tabs={views} />}
        </header>
        {figures ? (
          <InsightLoader tiles={tiles} attribution={attribution} />
        ) : (
          <>
            {/* Filters first, as a phone shows them: the toggle sits to their right. */}
            <div class="kwk-app__controls" data-kwk-behind-details>
              <Filters />
              <ViewToggle />
            </div>
            <div class="kwk-app__main">
              <div class="kwk-app__list" data-kwk-behind-details>
                <ListFirst.Provider value={listFirst}>
                  <ResultList />
                </ListFirst.Provider>
              </div>
              {/* Wide: in the list's place, beside the map. Narrow: a sheet over everything. */}
              <DetailsPanel />
              <div class="kwk-app__map" data-kwk-behind-details>
                <MapLoader tiles={tiles} tileAttribution={attribution} />
              </div>
            </div>
          </>
        )}
        {data && <DataSource meta={data.meta} />}
        <span ref={end} class="kwk-app__end" tabIndex={-1} />
      </div>
    </HeadingBase.Provider>
  );
}
