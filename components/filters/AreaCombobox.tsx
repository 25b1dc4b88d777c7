/**
 * "Buurt of wijk": a type-ahead on buurt and wijk names and CBS codes, built as
 * the WAI-ARIA APG combobox with a listbox popup. Focus stays in the input; the
 * highlighted option is announced through aria-activedescendant.
 *
 * Keys: ↓/↑ move through the suggestions (↓ opens them), Enter chooses,
 * Esc closes the suggestions, or clears the field when they are already closed.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { searchAreas, type AreaMatch } from '../../lib/query';
import { useApp, useText } from '../AppContext';
import { withCriteria } from './with-criteria';

const MAX_SUGGESTIONS = 12;

export function AreaCombobox() {
  const app = useApp();
  const text = useText();
  const inputId = useId();
  const listId = useId();
  const index = app.index.value;
  const area = app.criteria.value.area;
  const areaName = area ? (index?.areas.get(area)?.name ?? area) : '';

  const [query, setQuery] = useState(areaName);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);

  // The area can change elsewhere (map, reset, deep link): show its name.
  useEffect(() => setQuery(areaName), [areaName]);

  const matches = useMemo(
    () => (open && index ? searchAreas(index, query, MAX_SUGGESTIONS) : []),
    [index, query, open],
  );
  const expanded = open && matches.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (match: AreaMatch) => {
    app.criteria.value = withCriteria(app.criteria.value, { area: match.code });
    setQuery(match.name);
    close();
  };
  const clear = () => {
    app.criteria.value = withCriteria(app.criteria.value, { area: undefined });
    setQuery('');
    close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(event.altKey ? -1 : 0);
        } else if (matches.length > 0) {
          setActive((active + 1) % matches.length);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open && matches.length > 0) setActive(active <= 0 ? matches.length - 1 : active - 1);
        break;
      case 'Enter':
        if (expanded) {
          event.preventDefault();
          choose(matches[Math.max(active, 0)]);
        }
        break;
      case 'Escape':
        // Handled here, so the details panel behind does not close as well.
        event.stopPropagation();
        event.preventDefault();
        if (expanded) close();
        else if (query !== '' || area) clear();
        break;
    }
  };

  const announcement = !open || query.trim() === ''
    ? ''
    : matches.length === 0 ? text.filters.areaNoMatch : text.filters.areaSuggestions(matches.length);

  return (
    <div class="kwk-field kwk-field--wide kwk-combobox">
      <label class="kwk-field__label" for={inputId}>
        {text.filters.area}
      </label>
      <div class="kwk-combobox__box">
        <input
          id={inputId}
          class="kwk-field__control kwk-combobox__input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          placeholder={text.filters.areaPlaceholder}
          value={query}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setQuery(value);
            setOpen(true);
            setActive(-1);
            if (value.trim() === '' && area) app.criteria.value = withCriteria(app.criteria.value, { area: undefined });
          }}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {area && (
          <button type="button" class="kwk-combobox__clear" onClick={clear}>
            <span aria-hidden="true">×</span>
            <span class="kwk-visually-hidden">{text.filters.areaClear}</span>
          </button>
        )}
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label={text.filters.area}
          class="kwk-combobox__list"
          hidden={!expanded}
        >
          {matches.map((match, i) => (
            <li
              key={match.code}
              id={optionId(i)}
              data-index={i}
              role="option"
              aria-selected={i === active}
              class={`kwk-combobox__option${i === active ? ' kwk-combobox__option--active' : ''}`}
              // Keep focus in the input, so the blur handler does not close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(match)}
            >
              <span class="kwk-combobox__name">{match.name}</span>
              <span class="kwk-combobox__kind">
                {match.kind === 'wijk' ? text.filters.areaKindWijk : text.filters.areaKindBuurt(match.wijkName)}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <p role="status" class="kwk-visually-hidden">
        {announcement}
      </p>
    </div>
  );
}
