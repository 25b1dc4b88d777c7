/**
 * The embed configurator (configure.html): a municipality chooses the feed, language,
 * start area, view, what the list shows first, background map, heading level and theme, sees the real widget change with every
 * choice, and copies the snippet with the policy lines it needs. The choices live here;
 * what they mean for the widget, the snippets and the CSP lives in lib/site/.
 *
 *   <ConfigurePage lang={lang} siteBase={new URL('./', location.href).href} themeDefaults={defaults} />
 */
import type { Signal } from '@preact/signals';
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import type { AreaChoice } from '../../../lib/extension/area-choices';
import type { Lang } from '../../../lib/i18n/language';
import { HEADING_LEVELS, type EmbedConfig } from '../../../lib/site/embed-config';
import { siteText } from '../../../lib/site/i18n';
import { rememberConfig, rememberedConfig, tabStorage } from '../../../lib/site/remembered-config';
import type { ThemeValues } from '../../../lib/site/theme';
import { AreaOptions } from '../../ui/AreaOptions';
import { ChoiceField } from './ChoiceField';
import { SiteLayout } from '../SiteLayout';
import { FeedField, type FeedStatus } from './FeedField';
import { SnippetPanel } from './SnippetPanel';
import { ThemeFields } from './ThemeFields';
import { WidgetPreview } from './WidgetPreview';

interface ConfigurePageProps {
  lang: Signal<Lang>;
  /** The site's folder, where widget/, feeds/ and embed.html are. */
  siteBase: string;
  themeDefaults: ThemeValues;
}

export function ConfigurePage({ lang, siteBase, themeDefaults }: ConfigurePageProps) {
  const id = useId();
  const pageLang = lang.value;
  const text = siteText(pageLang);
  const m = text.configure;
  const [config, setConfig] = useState<EmbedConfig>(() => ({
    feed: new URL('feeds/almere.json', siteBase).href,
    lang: pageLang,
    neighbourhood: '',
    view: 'list',
    listFirst: 'activities',
    tiles: 'pdok',
    headingLevel: 2,
    themeMode: 'default',
    theme: {},
    ...rememberedConfig(tabStorage()),
  }));
  const change = (patch: Partial<EmbedConfig>) => setConfig((old) => ({ ...old, ...patch }));
  useEffect(() => rememberConfig(tabStorage(), config), [config]);
  // A failure keeps how to say it, so switching the page's language needs no new request (offline too).
  const [status, setStatus] = useState<FeedStatus | { phase: 'failed'; describe(lang: Lang): string }>({ phase: 'loading' });
  const [areas, setAreas] = useState<AreaChoice[]>([]);

  useEffect(() => {
    let current = true;
    setStatus({ phase: 'loading' });
    void import('../../../lib/site/feed-areas').then(async ({ loadFeedAreas, failureText }) => {
      const result = await loadFeedAreas(config.feed);
      if (!current) return;
      setAreas(result.ok ? result.areas : []);
      setStatus(result.ok
        ? { phase: 'loaded', municipality: result.municipality, areaCount: result.areas.length }
        : { phase: 'failed', describe: (lang) => failureText(result.failure, lang) });
      // A start area the new feed does not have would be ignored by the widget: say so by clearing it.
      if (result.ok) setConfig((old) => (result.areas.some((area) => area.code === old.neighbourhood) ? old : { ...old, neighbourhood: '' }));
    }).catch(() => {
      // The feed code could not be loaded (the site went offline before it was needed).
      if (current) setStatus({ phase: 'failed', describe: () => '' });
    });
    return () => {
      current = false;
    };
  }, [config.feed]);
  const shownStatus: FeedStatus = status.phase === 'failed' && 'describe' in status ? { phase: 'failed', reason: status.describe(pageLang) } : status;

  const shownTheme = useMemo(() => ({ ...themeDefaults, ...config.theme }), [themeDefaults, config.theme]);
  const context = useMemo(
    () => ({ siteBase, siteText: siteText(config.lang), themeDefaults }),
    [siteBase, config.lang, themeDefaults],
  );

  return (
    <SiteLayout lang={lang} page="configure.html" title={m.title}>
      <h1>{m.title}</h1>
      <p class="kwk-site__intro">{m.intro}</p>

      <section class="kwk-site-configure__choices-section" aria-labelledby={`${id}-choices`}>
        <h2 id={`${id}-choices`}>{m.choicesTitle}</h2>
        <div class="kwk-site-configure__grid">
          <FeedField text={text} feed={config.feed} status={shownStatus} onFeed={(feed) => change({ feed })} />

          <div class="kwk-field">
            <label class="kwk-field__label" for={`${id}-lang`}>{m.language}</label>
            <select id={`${id}-lang`} class="kwk-field__control" value={config.lang} onChange={(event) => change({ lang: event.currentTarget.value === 'en' ? 'en' : 'nl' })}>
              <option value="nl" lang="nl">Nederlands</option>
              <option value="en" lang="en">English</option>
            </select>
          </div>

          <div class="kwk-field">
            <label class="kwk-field__label" for={`${id}-area`}>{m.area}</label>
            <span id={`${id}-area-hint`} class="kwk-site__hint">{m.areaHint}</span>
            <select
              id={`${id}-area`}
              class="kwk-field__control"
              value={config.neighbourhood}
              aria-describedby={`${id}-area-hint`}
              onChange={(event) => change({ neighbourhood: event.currentTarget.value })}
            >
              <option value="">{m.areaWhole}</option>
              <AreaOptions areas={areas} wijk={m.wijk} />
            </select>
          </div>

          <div class="kwk-field">
            <label class="kwk-field__label" for={`${id}-heading`}>{m.headingLevel}</label>
            <span id={`${id}-heading-hint`} class="kwk-site__hint">{m.headingLevelHint}</span>
            <select
              id={`${id}-heading`}
              class="kwk-field__control"
              value={String(config.headingLevel)}
              aria-describedby={`${id}-heading-hint`}
              onChange={(event) => change({ headingLevel: Number(event.currentTarget.value) })}
            >
              {HEADING_LEVELS.map((level) => <option key={level} value={String(level)}>{`h${level}`}</option>)}
            </select>
          </div>

          <ChoiceField
            legend={m.view}
            value={config.view}
            choices={[['list', m.viewList], ['map', m.viewMap]]}
            onChoice={(view) => change({ view })}
          />

          <ChoiceField
            legend={m.listFirst}
            value={config.listFirst}
            choices={[['activities', m.listFirstActivities], ['huiskamers', m.listFirstHuiskamers]]}
            onChoice={(listFirst) => change({ listFirst })}
          />

          <ChoiceField
            legend={m.tiles}
            value={config.tiles}
            choices={[['pdok', m.tilesPdok], ['none', m.tilesNone]]}
            onChoice={(tiles) => change({ tiles })}
          />

          <ThemeFields
            text={text}
            lang={pageLang}
            mode={config.themeMode}
            values={shownTheme}
            onMode={(themeMode) => change({ themeMode })}
            onValue={(token, value) => {
              const theme = { ...config.theme, [token]: value };
              // Back at the default: nothing to write into the snippet.
              if (value === themeDefaults[token]) delete theme[token];
              change({ theme });
            }}
          />
        </div>
      </section>

      <section class="kwk-site-configure__preview" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>{m.previewTitle}</h2>
        <p class="kwk-site__hint">{m.previewHint}</p>
        <div class="kwk-site-configure__frame">
          <WidgetPreview config={config} themeDefaults={themeDefaults} />
        </div>
      </section>

      <SnippetPanel text={text} config={config} context={context} />
    </SiteLayout>
  );
}
