/**
 * "Kopieer samenvatting": puts a plain-language text about the buurt on the
 * clipboard, in the parent's language (Dutch or English), whatever the popup's;
 * "Delen" hands the same text to the phone's share sheet where there is one.
 * When the clipboard or sharing fails, the text is shown to copy by hand.
 */
import { useId, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { areaSummaryText } from '../../lib/summary/area-summary';
import { shareText, tooLongForChat } from '../../lib/summary/share-text';
import { useApp, useText } from '../AppContext';

type CopyState =
  | { phase: 'idle' }
  | { phase: 'copied' | 'shared'; long: boolean }
  | { phase: 'failed'; text: string };

export interface CopySummaryProps {
  copyText(text: string): Promise<void>;
  /** The language of the text to copy: the parent's, chosen next to the button. */
  summaryLang: Lang;
  onSummaryLang(lang: Lang): void;
  /** The municipality's page with the widget, to link to the buurt there. */
  widgetPage?: string;
  /** Only where the browser can share (navigator.share). */
  share?(text: string): Promise<void>;
}

export function CopySummary({ copyText, summaryLang, onSummaryLang, widgetPage, share }: CopySummaryProps) {
  const app = useApp();
  const text = useText().extension;
  const id = useId();
  const [state, setState] = useState<CopyState>({ phase: 'idle' });
  const index = app.index.value;
  const area = app.criteria.value.area;
  if (!index || !area) return null;

  async function send(how: 'copied' | 'shared', deliver: (text: string) => Promise<void>) {
    // The choices for one child narrow the text too.
    const summary = areaSummaryText(index!, area!, summaryLang, app.now.value, app.criteria.value);
    if (!summary) return;
    const full = shareText(summary, summaryLang, widgetPage, area!);
    try {
      await deliver(full);
      setState({ phase: how, long: tooLongForChat(full) });
    } catch (error) {
      // Closing the share sheet is no failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setState({ phase: 'failed', text: full });
    }
  }

  return (
    <div class="kwk-copy">
      <div class="kwk-copy__row">
        <button type="button" class="kwk-button kwk-copy__button" onClick={() => void send('copied', copyText)}>
          {text.copySummary}
        </button>
        {share && (
          <button type="button" class="kwk-button kwk-button--secondary kwk-copy__button" onClick={() => void send('shared', share)}>
            {text.share}
          </button>
        )}
        <span class="kwk-copy__lang-field">
          <label for={id}>{text.summaryLanguage}</label>
          <select
            id={id}
            class="kwk-field__control kwk-copy__lang"
            value={summaryLang}
            onChange={(event) => {
              // "Gekopieerd" belonged to the text in the other language.
              setState({ phase: 'idle' });
              onSummaryLang(event.currentTarget.value === 'en' ? 'en' : 'nl');
            }}
          >
            <option value="nl" lang="nl">Nederlands</option>
            <option value="en" lang="en">English</option>
          </select>
        </span>
      </div>
      <p role="status" class="kwk-copy__status">
        {state.phase === 'copied' && text.copied}
        {state.phase === 'failed' && text.copyFailed}
        {(state.phase === 'copied' || state.phase === 'shared') && state.long && ` ${text.tooLongForChat}`}
      </p>
      {state.phase === 'failed' && (
        <textarea class="kwk-copy__fallback" readOnly rows={8} aria-label={text.copySummary} value={state.text} />
      )}
    </div>
  );
}
