/**
 * The popup's one question: which buurt? Type a buurt or wijk name, a CBS code
 * or a postcode. Matches appear as buttons below the field (no popup listbox:
 * in a small extension popup a plain list is easier to reach by Tab and touch).
 * A postcode is looked up only when the user submits it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { normalizePostcode } from '../../lib/query';
import type { PostcodeLookup } from '../../lib/lookup/postcode';
import { useText } from '../AppContext';
import { areaByCode, feedAreaAt, searchFeeds, type FeedAreaMatch, type PopupFeed } from './search-feeds';

export interface AreaSearchProps {
  feeds: readonly PopupFeed[];
  initialQuery?: string;
  lookupPostcode(text: string): Promise<PostcodeLookup>;
  onChoose(match: FeedAreaMatch): void;
}

type LookupMessage = { tone: 'info' | 'problem'; text: string } | undefined;

export function AreaSearch({ feeds, initialQuery = '', lookupPostcode, onChoose }: AreaSearchProps) {
  const text = useText().extension;
  const inputId = useId();
  const hintId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [message, setMessage] = useState<LookupMessage>();
  // After a choice the suggestions step aside until the user types again.
  const [chosen, setChosen] = useState(false);
  const postcode = normalizePostcode(query);
  const matches = useMemo(() => (postcode || chosen ? [] : searchFeeds(feeds, query, 8)), [feeds, query, postcode, chosen]);
  const showMunicipality = feeds.length > 1;

  function choose(match: FeedAreaMatch) {
    setChosen(true);
    if (!postcode) setQuery(match.name);
    onChoose(match);
  }

  async function submit() {
    const byCode = areaByCode(feeds, query);
    if (byCode) return choose(byCode);
    if (!postcode) {
      const best = searchFeeds(feeds, query, 1)[0];
      if (best) choose(best);
      return;
    }
    setMessage({ tone: 'info', text: text.postcodeSearching(postcode) });
    const hit = await lookupPostcode(postcode);
    if (hit.status === 'unavailable') return setMessage({ tone: 'problem', text: text.postcodeUnavailable });
    if (hit.status === 'not-found') return setMessage({ tone: 'problem', text: text.postcodeNotFound(postcode) });
    const area = feedAreaAt(feeds, hit.lat, hit.lon);
    if (!area) return setMessage({ tone: 'problem', text: text.postcodeOutside(postcode) });
    setMessage({ tone: 'info', text: text.postcodeFound(postcode, area.name) });
    choose(area);
  }

  // A query handed over by the context menu runs at once, and only once: a re-render
  // (new feeds after a refresh) must not look it up again, so the effect reads the
  // latest submit through a ref instead of re-running whenever submit is remade.
  const latestSubmit = useRef(submit);
  latestSubmit.current = submit;
  useEffect(() => {
    if (initialQuery.trim()) void latestSubmit.current();
  }, [initialQuery]);

  return (
    <div class="kwk-popup-search">
      <form
        role="search"
        class="kwk-popup-search__form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label for={inputId} class="kwk-popup-search__label">{text.searchLabel}</label>
        <p id={hintId} class="kwk-popup-search__hint">{text.searchHint}</p>
        <div class="kwk-popup-search__row">
          <input
            id={inputId}
            type="search"
            class="kwk-field__control"
            value={query}
            placeholder={text.searchPlaceholder}
            aria-describedby={hintId}
            autocomplete="off"
            spellcheck={false}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setMessage(undefined);
              setChosen(false);
            }}
          />
          <button type="submit" class="kwk-button">{text.searchButton}</button>
        </div>
      </form>
      <div role="status" class="kwk-popup-search__status">
        {message && <p class={`kwk-popup-search__message kwk-popup-search__message--${message.tone}`}>{message.text}</p>}
      </div>
      {matches.length > 0 && (
        <ul class="kwk-popup-search__matches">
          {matches.map((match) => (
            <li key={`${match.feedUrl} ${match.code}`}>
              <button type="button" class="kwk-popup-search__match" onClick={() => choose(match)}>
                <span class="kwk-popup-search__name">{match.name}</span>
                <span class="kwk-popup-search__context">
                  {[match.wijkName, showMunicipality ? match.municipality : undefined].filter(Boolean).join(' · ') || match.code}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
