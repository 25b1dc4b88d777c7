/**
 * "Een feed toevoegen": the address field with its hint and error, the add
 * button, and a button for the bundled example data. Both buttons call their
 * handler straight from the event, because adding may ask for a permission,
 * which browsers only allow during a click.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { Messages } from '../../lib/i18n';
import { SourceContextFields, type SourceContext } from './SourceContextFields';

export interface AddFeedFormProps {
  text: Messages;
  value: string;
  /** Why the typed address was not accepted, already translated. */
  error?: string;
  busy: boolean;
  inputRef: Ref<HTMLInputElement>;
  onInput(value: string): void;
  /** What an HSDS or OpenActive address needs besides itself. */
  sourceContext: SourceContext;
  sourceContextError?: string;
  onSourceContext(value: SourceContext): void;
  onAdd(): void;
  onUseExample(): void;
}

export function AddFeedForm(props: AddFeedFormProps) {
  const { text, value, error, busy, inputRef, onInput, onAdd, onUseExample } = props;
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const exampleHintId = `${id}-example`;
  return (
    <div class="kwk-options-add">
      <h3 class="kwk-options__subheading">{text.options.addFeedHeading}</h3>
      <form
        class="kwk-options-add__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onAdd();
        }}
      >
        <div class="kwk-field">
          <label class="kwk-field__label" for={id}>{text.options.feedUrl}</label>
          <span id={hintId} class="kwk-options__hint">{text.options.feedUrlHint}</span>
          <div class="kwk-options-add__row">
            <input
              ref={inputRef}
              id={id}
              class="kwk-field__control"
              type="url"
              inputMode="url"
              autoComplete="url"
              spellcheck={false}
              placeholder="https://"
              value={value}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${hintId} ${errorId}` : hintId}
              onInput={(event) => onInput(event.currentTarget.value)}
            />
            <button type="submit" class="kwk-button" disabled={busy}>{text.extension.addFeed}</button>
          </div>
          {error && <p id={errorId} class="kwk-options__error">{error}</p>}
        </div>
        <SourceContextFields text={text} value={props.sourceContext} error={props.sourceContextError} onChange={props.onSourceContext} />
      </form>
      <div class="kwk-options-add__example">
        <button type="button" class="kwk-button kwk-button--secondary" disabled={busy} aria-describedby={exampleHintId} onClick={onUseExample}>
          {text.options.useDemo}
        </button>
        <span id={exampleHintId} class="kwk-options__hint">{text.options.useDemoHint}</span>
      </div>
    </div>
  );
}
