/**
 * Free-text search over names and descriptions. Matching is accent- and
 * case-insensitive (lib/query); the result count is announced by the list.
 * The list follows every keystroke; the map and the URL hash follow when typing pauses.
 */
import { useId } from 'preact/hooks';
import { useApp, useText } from '../AppContext';
import { withCriteria } from './with-criteria';

export function TextFilter() {
  const app = useApp();
  const text = useText();
  const id = useId();
  return (
    <div class="kwk-field">
      <label class="kwk-field__label" for={id}>
        {text.filters.text}
      </label>
      <input
        id={id}
        class="kwk-field__control"
        type="search"
        autocomplete="off"
        placeholder={text.filters.textPlaceholder}
        value={app.criteria.value.text ?? ''}
        onInput={(event) => {
          app.criteria.value = withCriteria(app.criteria.value, { text: event.currentTarget.value });
        }}
        // The map and the address wait for a pause in typing; leaving the field or Enter ends it.
        onBlur={() => app.settle()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') app.settle();
        }}
      />
    </div>
  );
}
