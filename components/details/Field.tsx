/**
 * One labelled part of a details view ("Wanneer", "Kosten"): a small heading and
 * its content, so screen-reader users can jump between parts by heading.
 *
 *   <Field label="Kosten">Gratis</Field>
 */
import type { ComponentChildren } from 'preact';
import { Heading } from '../ui/Heading';

export function Field({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="kwk-field-block">
      <Heading depth={2} class="kwk-field-block__label">{label}</Heading>
      <div class="kwk-field-block__body">{children}</div>
    </div>
  );
}
