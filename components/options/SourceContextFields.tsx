/**
 * For a feed from a sociale-kaart system (Open Referral HSDS or OpenActive):
 * what such a source lacks, as the widget's attributes give it. Folded away,
 * since most municipalities publish a kinderwerk feed that needs none of it.
 */
import { useId } from 'preact/hooks';
import type { Messages } from '../../lib/i18n';
import { municipalityCodeFrom, type ConvertSettings } from '../../lib/interop/convert-settings';

export interface SourceContext {
  buurten: string;
  wijken: string;
  municipality: string;
}

export const NO_SOURCE_CONTEXT: SourceContext = { buurten: '', wijken: '', municipality: '' };

export interface SourceContextFieldsProps {
  text: Messages;
  value: SourceContext;
  /** Already translated; shown under the fields. */
  error?: string;
  onChange(value: SourceContext): void;
}

export function SourceContextFields({ text, value, error, onChange }: SourceContextFieldsProps) {
  const id = useId();
  const m = text.options;
  const field = (name: keyof SourceContext, label: string, hint: string, inputMode: 'url' | 'text') => (
    <div class="kwk-field kwk-options-pref">
      <label class="kwk-field__label" for={`${id}-${name}`}>{label}</label>
      <span id={`${id}-${name}-hint`} class="kwk-options__hint">{hint}</span>
      <input
        id={`${id}-${name}`}
        class="kwk-field__control"
        type="text"
        inputMode={inputMode}
        spellcheck={false}
        value={value[name]}
        aria-describedby={error ? `${id}-${name}-hint ${id}-error` : `${id}-${name}-hint`}
        onInput={(event) => onChange({ ...value, [name]: event.currentTarget.value })}
      />
    </div>
  );
  return (
    <details class="kwk-options-source" open={Boolean(error) || undefined}>
      <summary class="kwk-options-source__summary">{m.sourceContextSummary}</summary>
      <p class="kwk-options__hint">{m.sourceContextIntro}</p>
      {field('buurten', m.buurtenUrl, m.buurtenUrlHint, 'url')}
      {field('wijken', m.wijkenUrl, m.wijkenUrlHint, 'url')}
      {field('municipality', m.municipalityCode, m.municipalityCodeHint, 'text')}
      {error && <p id={`${id}-error`} class="kwk-options__error">{error}</p>}
    </details>
  );
}

/** The convert settings for the feed, or a reason the fields are not right. */
export function readSourceContext(
  value: SourceContext,
  isWebAddress: (text: string) => boolean,
): { ok: true; convert?: ConvertSettings } | { ok: false; field: keyof SourceContext } {
  const buurten = value.buurten.trim();
  const wijken = value.wijken.trim();
  const municipality = value.municipality.trim();
  if (buurten && !isWebAddress(buurten)) return { ok: false, field: 'buurten' };
  if (wijken && !isWebAddress(wijken)) return { ok: false, field: 'wijken' };
  const municipalityCode = municipalityCodeFrom(municipality);
  if (municipality && !municipalityCode) return { ok: false, field: 'municipality' };
  const convert = {
    ...(buurten && { buurtenUrl: buurten }),
    ...(wijken && { wijkenUrl: wijken }),
    ...(municipalityCode && { municipalityCode }),
  };
  return { ok: true, ...(Object.keys(convert).length && { convert }) };
}
