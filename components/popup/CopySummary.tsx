/**
 * "Kopieer samenvatting": puts a plain-language text about the buurt on the
 * clipboard. When the clipboard refuses, the text is shown to copy by hand.
 */
import { useState } from 'preact/hooks';
import { areaSummaryText } from '../../lib/summary/area-summary';
import { useApp, useText } from '../AppContext';

type CopyState = { phase: 'idle' } | { phase: 'copied' } | { phase: 'failed'; text: string };

export function CopySummary({ copyText }: { copyText(text: string): Promise<void> }) {
  const app = useApp();
  const text = useText().extension;
  const [state, setState] = useState<CopyState>({ phase: 'idle' });
  const index = app.index.value;
  const area = app.criteria.value.area;
  if (!index || !area) return null;

  async function copy() {
    // The choices for one child narrow the text too.
    const summary = areaSummaryText(index!, area!, app.lang.value, app.now.value, app.criteria.value);
    if (!summary) return;
    try {
      await copyText(summary);
      setState({ phase: 'copied' });
    } catch {
      setState({ phase: 'failed', text: summary });
    }
  }

  return (
    <div class="kwk-copy">
      <button type="button" class="kwk-button kwk-copy__button" onClick={() => void copy()}>
        {text.copySummary}
      </button>
      <p role="status" class="kwk-copy__status">
        {state.phase === 'copied' && text.copied}
        {state.phase === 'failed' && text.copyFailed}
      </p>
      {state.phase === 'failed' && (
        <textarea class="kwk-copy__fallback" readOnly rows={8} aria-label={text.copySummary} value={state.text} />
      )}
    </div>
  );
}
