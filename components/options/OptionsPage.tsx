/**
 * The extension's options page: the feeds it follows (add, with the problem
 * report; remove), preferences, and what the extension sends where. Browser APIs
 * come in as `services`, so the page runs in tests without an extension.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AddFeedOutcome } from '../../lib/extension/add-feed';
import type { AreaChoiceGroup } from '../../lib/extension/area-choices';
import type { FeedOverviewRow } from '../../lib/extension/feed-overview';
import type { Settings } from '../../lib/extension/settings';
import { createFormatter, pickLanguage, t, type Lang } from '../../lib/i18n';
import { AddFeedForm } from './AddFeedForm';
import { AddFeedReport, type AddReport } from './AddFeedReport';
import { FeedList } from './FeedList';
import { isWebAddress, Preferences } from './Preferences';
import { NO_SOURCE_CONTEXT, readSourceContext, type SourceContext } from './SourceContextFields';
import type { OptionsServices } from './services';

export interface OptionsPageProps {
  services: OptionsServices;
  initial: Settings;
  /** Called when the language changes, so the document's lang follows. */
  onLanguage?(lang: Lang): void;
}

export function OptionsPage({ services, initial, onLanguage }: OptionsPageProps) {
  const [settings, setSettings] = useState(initial);
  // Undefined until first read: "no feeds yet" must not flash by while the list loads.
  const [rows, setRows] = useState<FeedOverviewRow[]>();
  const [areaGroups, setAreaGroups] = useState<AreaChoiceGroup[]>([]);
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string>();
  const [sourceContext, setSourceContext] = useState<SourceContext>(NO_SOURCE_CONTEXT);
  const [sourceContextError, setSourceContextError] = useState<string>();
  const [report, setReport] = useState<AddReport>();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // Focus moves after the render that marks the field wrong, so its error is read out with it.
  const [addressFocusRequest, setAddressFocusRequest] = useState(0);
  const reportRef = useRef<HTMLDivElement>(null);

  const lang = pickLanguage(settings.lang === 'auto' ? undefined : settings.lang, services.browserLanguages);
  const text = t(lang);
  const format = createFormatter(lang);
  const m = text.options;

  useEffect(() => {
    onLanguage?.(lang);
  }, [lang, onLanguage]);

  // Stable while `services` is: the listener below is registered once, not on every render.
  const reload = useCallback(async (): Promise<Settings> => {
    const fresh = await services.loadSettings();
    setSettings(fresh);
    const [overview, groups] = await Promise.all([services.loadOverview(fresh.feeds), services.loadAreaChoices(fresh.feeds)]);
    setRows(overview);
    setAreaGroups(groups);
    return fresh;
  }, [services]);

  /** After an add or remove the answer must still reach the user when storage cannot be read. */
  const reloadQuietly = () => reload().catch(() => undefined);

  useEffect(() => {
    void reload();
    // The background refresh writes health and cache: keep the page current.
    return services.onChanged(() => void reload());
  }, [reload, services]);

  useEffect(() => {
    if (report) reportRef.current?.focus();
  }, [report]);

  useEffect(() => {
    if (addressFocusRequest) inputRef.current?.focus();
  }, [addressFocusRequest]);

  // Must run inside the click or submit: adding may ask the browser for a permission.
  function add(target: string, context: SourceContext = NO_SOURCE_CONTEXT) {
    setAnnouncement('');
    const source = readSourceContext(context, isWebAddress);
    setSourceContextError(source.ok ? undefined : m.sourceContextInvalid);
    if (!source.ok) {
      // An older report would read as the answer to this attempt.
      setReport(undefined);
      return;
    }
    const started = services.startAddingFeed(target, settings.feeds, source.convert);
    if (!started.ok) {
      if (started.reason === 'already-added') {
        setAddressError(undefined);
        setReport({ kind: 'already-added', name: started.name });
      } else {
        setAddressError(started.reason === 'empty' ? m.feedUrlRequired : text.options.feedUrlInvalid);
        setAddressFocusRequest((count) => count + 1);
      }
      return;
    }
    setAddressError(undefined);
    setReport(undefined);
    setBusy(true);
    const show = async (outcome: AddFeedOutcome) => {
      await reloadQuietly();
      // Only empty the field if it still holds this address: typing goes on while a feed loads.
      if (outcome.status === 'added') setAddress((current) => (current === target ? '' : current));
      if (outcome.status === 'added' && context !== NO_SOURCE_CONTEXT) setSourceContext(NO_SOURCE_CONTEXT);
      setReport({ kind: 'outcome', outcome });
    };
    void started.outcome.then(async (outcome) => {
      await show(outcome);
      // The form is free again at once, also while the browser still asks for the permission.
      setBusy(false);
      // Allowed later: the extension tried again, and that answer replaces this one.
      if (outcome.status === 'failed') void outcome.whenAllowed?.then((next) => next && show(next));
    });
  }

  async function remove(url: string, name: string) {
    setBusy(true);
    setReport(undefined);
    try {
      await services.removeFeed(url);
      setAnnouncement(m.feedRemoved(name));
    } catch {
      setAnnouncement(m.removeFailed(name));
    }
    await reloadQuietly();
    setBusy(false);
    inputRef.current?.focus();
  }

  // Only the preferences come from the form: the feed list is whatever storage holds
  // now, so a feed added elsewhere (the popup's example button) is not undone.
  async function savePreferences(next: Settings) {
    const { lang, defaultArea, tiles, tileAttribution, lookupEndpoint } = next;
    await services.saveSettings({ ...(await services.loadSettings()), lang, defaultArea, tiles, tileAttribution, lookupEndpoint });
    setSettings(await services.loadSettings());
  }

  async function saveWidgetPage(url: string, widgetPage: string | undefined) {
    // Read again: the background may have saved since this page opened.
    const current = await services.loadSettings();
    const next = { ...current, feeds: current.feeds.map((feed) => (feed.url === url ? { ...feed, widgetPage } : feed)) };
    await services.saveSettings(next);
    setSettings(next);
  }

  return (
    <main class="kwk-options" lang={lang}>
      <h1 class="kwk-options__title">{text.extension.optionsTitle}</h1>
      <p class="kwk-options__intro">{m.intro}</p>

      <section class="kwk-options__section" aria-labelledby="kwk-options-feeds">
        <h2 id="kwk-options-feeds" class="kwk-options__heading">{text.extension.feedsHeading}</h2>
        <p>{text.extension.feedsIntro}</p>
        {rows && (
          <FeedList
            rows={rows}
            text={text}
            format={format}
            busy={busy}
            onRemove={(url, name) => void remove(url, name)}
            widgetPages={new Map(settings.feeds.map((feed) => [feed.url, feed.widgetPage]))}
            onSaveWidgetPage={saveWidgetPage}
          />
        )}
        <p role="status" class="kwk-options__announcement">{announcement}</p>
        <AddFeedForm
          text={text}
          value={address}
          error={addressError}
          busy={busy}
          inputRef={inputRef}
          onInput={setAddress}
          sourceContext={sourceContext}
          sourceContextError={sourceContextError}
          onSourceContext={setSourceContext}
          onAdd={() => add(address, sourceContext)}
          onUseExample={() => add(services.exampleFeedUrl)}
        />
        {/* Always present: a live region added together with its text is often not read out. */}
        <p role="status" class="kwk-options__busy">{busy ? text.extension.adding : ''}</p>
        {report && <AddFeedReport report={report} text={text} reportRef={reportRef} />}
      </section>

      <section class="kwk-options__section" aria-labelledby="kwk-options-prefs">
        <h2 id="kwk-options-prefs" class="kwk-options__heading">{m.preferencesHeading}</h2>
        <Preferences text={text} settings={settings} areaGroups={areaGroups} onSave={savePreferences} />
      </section>

      <section class="kwk-options__section" aria-labelledby="kwk-options-privacy">
        <h2 id="kwk-options-privacy" class="kwk-options__heading">{m.privacyHeading}</h2>
        <p>{text.extension.privacy}</p>
        <p>{m.backgroundRefresh}</p>
      </section>
    </main>
  );
}
