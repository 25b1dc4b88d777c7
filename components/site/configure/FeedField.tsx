/**
 * The feed's address: typed, then used when the field is left or Enter is pressed
 * (not on every keystroke, which would load a half-typed address). Says whether the
 * feed loaded, in a live region, with the municipality and how many areas it has.
 *
 *   <FeedField text={siteText(lang)} feed={config.feed} status={status} onFeed={(url) => …} />
 */
import { useEffect, useId, useState } from 'preact/hooks';
import type { SiteMessages } from '../../../lib/site/i18n';
import { webAddress } from '../../../lib/web-address';

export type FeedStatus =
  | { phase: 'loading' }
  | { phase: 'loaded'; municipality: string; areaCount: number }
  | { phase: 'failed'; reason: string };

interface FeedFieldProps {
  text: SiteMessages;
  feed: string;
  status: FeedStatus;
  onFeed(url: string): void;
}

export function FeedField({ text, feed, status, onFeed }: FeedFieldProps) {
  const m = text.configure;
  const id = useId();
  const [draft, setDraft] = useState(feed);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setDraft(feed), [feed]);

  const apply = () => {
    const url = webAddress(draft, location.href)?.href;
    setInvalid(!url);
    if (url && url !== feed) onFeed(url);
  };

  return (
    <div class="kwk-field kwk-site-configure__wide">
      <label class="kwk-field__label" for={id}>{m.feed}</label>
      <span id={`${id}-hint`} class="kwk-site__hint">{m.feedHint}</span>
      <input
        id={id}
        class="kwk-field__control"
        type="url"
        inputMode="url"
        autoComplete="url"
        spellcheck={false}
        value={draft}
        aria-invalid={invalid}
        aria-describedby={`${id}-hint ${id}-status`}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onChange={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
      <p id={`${id}-status`} role="status" class={`kwk-site__status${invalid || status.phase === 'failed' ? ' kwk-site__status--error' : ''}`}>
        {invalid
          ? m.feedInvalid
          : status.phase === 'loading'
            ? m.feedLoading
            : status.phase === 'loaded'
              ? m.feedLoaded(status.municipality, status.areaCount)
              : m.feedFailed(status.reason)}
      </p>
    </div>
  );
}
