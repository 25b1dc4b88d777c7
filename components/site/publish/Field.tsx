/**
 * A labelled control of the feed builder with its hint and, when it is not right,
 * its error: both tied to the control with aria-describedby, the error also marks
 * it aria-invalid, so a screen reader says what to fix where the focus is.
 *
 *   <Field id="code" label="Gemeentecode" hint="Bijvoorbeeld GM0034" error={codeError}>
 *     {(described) => <input id="code" {...described} />}
 *   </Field>
 */
import type { ComponentChildren } from 'preact';

export interface Described {
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ComponentChildren;
  error?: string;
  children: (described: Described) => ComponentChildren;
}

export function Field({ id, label, hint, error, children }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="kwk-publish__field">
      <label class="kwk-publish__label" for={id}>{label}</label>
      {hint && <p id={`${id}-hint`} class="kwk-publish__hint">{hint}</p>}
      {error && <p id={`${id}-error`} class="kwk-publish__error">{error}</p>}
      {children({ ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(error ? { 'aria-invalid': true as const } : {}) })}
    </div>
  );
}
