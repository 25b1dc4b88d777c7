/**
 * The popup's one question: which buurt? Type a buurt or wijk name, a CBS code,
 * a postcode or a postcode area. Matches appear as buttons below the field (no
 * popup listbox: in a small extension popup a plain list is easier to reach by Tab
 * and touch). A postcode is looked up only when the user submits it. A search that
 * finds nothing says so and offers the closest names, and what it leaves on screen
 * is never the previous buurt posing as its answer (`onClear`).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { postcodeArea } from '../../lib/lookup/postcode';
import { foldWords, normalizePostcode } from '../../lib/query';
import { postcodeInText } from '../../lib/query/find-in-text';
import { useText } from '../AppContext';
import { resolveSearch, type SearchLookups } from './resolve-search';
import { searchFeeds, suggestFeeds, type FeedAreaMatch, type PopupFeed } from './search-feeds';

export interface AreaSearchProps extends SearchLookups {
  feeds: readonly PopupFeed[];
  initialQuery?: string;
  onChoose(match: FeedAreaMatch): void;
  /** Takes the shown buurt away: the search's answer is "nothing" or "choose one". */
  onClear(): void;
}

type Message = { tone: 'info' | 'problem'; text: string; hint?: string };
/** What the list below the field shows after a search, and above it. */
type Shown = { message?: Message; listLabel?: string; list: FeedAreaMatch[] };

export function AreaSearch({ feeds, initialQuery = '', lookupPostcode, lookupPostcodeArea, onChoose, onClear }: AreaSearchProps) {
  const text = useText().extension;
  const inputId = useId();
  const hintId = useId();
  const [query, setQuery] = useState(initialQuery);
  // The answer to the last submit; undefined while the user types.
  const [answer, setAnswer] = useState<Shown>();
  // After a choice the suggestions step aside until the user types again.
  const [chosen, setChosen] = useState(false);
  const typing = useMemo(() => whileTyping(feeds, query, text), [feeds, query, text]);
  const shown = chosen ? { ...answer, list: [] } : answer ?? typing;
  const showMunicipality = feeds.length > 1;

  function choose(match: FeedAreaMatch, message?: Message) {
    setChosen(true);
    setAnswer(message ? { message, list: [] } : undefined);
    if (!normalizePostcode(query) && !postcodeArea(query)) setQuery(match.name);
    onChoose(match);
  }

  async function submit() {
    if (!query.trim()) return;
    const looksUp = normalizePostcode(query) ?? postcodeArea(query) ?? postcodeInText(query);
    // Until the answer comes, nothing of what showed while typing: it may be "nothing found".
    setAnswer({ message: looksUp ? { tone: 'info', text: text.postcodeSearching(looksUp) } : undefined, list: [] });
    const outcome = await resolveSearch(feeds, query, { lookupPostcode, lookupPostcodeArea }, text);
    if (outcome.kind === 'open') return choose(outcome.match, outcome.message ? { tone: 'info', text: outcome.message } : undefined);
    onClear();
    setChosen(false);
    if (outcome.kind === 'choose') return setAnswer({ message: { tone: 'info', text: outcome.message }, list: outcome.matches });
    setAnswer({
      message: { tone: 'problem', text: outcome.message, hint: outcome.hint },
      listLabel: outcome.suggestions.length ? text.didYouMean : undefined,
      list: outcome.suggestions,
    });
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
              setAnswer(undefined);
              setChosen(false);
            }}
          />
          <button type="submit" class="kwk-button">{text.searchButton}</button>
        </div>
      </form>
      <div role="status" class="kwk-popup-search__status">
        {shown.message && (
          <p class={`kwk-popup-search__message kwk-popup-search__message--${shown.message.tone}`}>
            {shown.message.text}
            {shown.message.hint && <> {shown.message.hint}</>}
          </p>
        )}
      </div>
      {shown.list.length > 0 && (
        <>
          {shown.listLabel && <p class="kwk-popup-search__list-label">{shown.listLabel}</p>}
          <ul class="kwk-popup-search__matches">
            {shown.list.map((match) => (
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
        </>
      )}
    </div>
  );
}

/**
 * What shows while typing: the matching names, or, when a name matches nothing,
 * that nothing was found and the closest names. Postcodes wait for Enter.
 */
function whileTyping(feeds: readonly PopupFeed[], query: string, text: ReturnType<typeof useText>['extension']): Shown {
  const trimmed = query.trim();
  if (!trimmed || normalizePostcode(query) || /^\d{1,4}\s?[a-z]{0,2}$/i.test(trimmed)) return { list: [] };
  const matches = searchFeeds(feeds, query, 8);
  // A whole address or sentence may hold a postcode or name: that is found on Enter.
  if (matches.length || trimmed.length < 3 || foldWords(query).length >= 3) return { list: matches };
  const suggestions = suggestFeeds(feeds, query);
  return {
    message: { tone: 'problem', text: text.nothingFound(trimmed), hint: suggestions.length ? undefined : text.nothingFoundHint },
    listLabel: suggestions.length ? text.didYouMean : undefined,
    list: suggestions,
  };
}
