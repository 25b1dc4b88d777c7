/**
 * "Adres van de kaart op de website van de gemeente", per feed: the page that embeds
 * the widget, so a summary shared from the popup links to the buurt on it.
 */
import { useId, useState } from 'preact/hooks';
import { WidgetPage } from '../../lib/extension/settings';
import type { Messages } from '../../lib/i18n';

export interface WidgetPageFieldProps {
  text: Messages;
  value?: string;
  busy: boolean;
  /** An empty value forgets the address. */
  onSave(value: string | undefined): Promise<void>;
}

export function WidgetPageField({ text, value, busy, onSave }: WidgetPageFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const m = text.options;

  async function save() {
    const address = draft.trim();
    if (address && !WidgetPage.safeParse(address).success) {
      setError(m.widgetPageInvalid);
      return;
    }
    setError(undefined);
    await onSave(address || undefined);
    setSaved(true);
  }

  return (
    <form
      class="kwk-field kwk-options-feed__widget"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label class="kwk-field__label" for={id}>{m.widgetPage}</label>
      <span id={`${id}-hint`} class="kwk-options__hint">{m.widgetPageHint}</span>
      <div class="kwk-options-add__row">
        <input
          id={id}
          class="kwk-field__control"
          type="url"
          inputMode="url"
          spellcheck={false}
          placeholder="https://"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onInput={(event) => {
            setDraft(event.currentTarget.value);
            setSaved(false);
          }}
        />
        <button type="submit" class="kwk-button kwk-button--secondary" disabled={busy}>{m.widgetPageSave}</button>
      </div>
      {error && <p id={`${id}-error`} class="kwk-options__error">{error}</p>}
      <p role="status" class="kwk-options__hint">{saved && !error ? m.saved : ''}</p>
    </form>
  );
}
