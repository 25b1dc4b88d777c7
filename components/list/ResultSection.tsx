/** A titled group of results ("Activiteiten (12)"), a landmark-free section with its own heading. */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useFormat } from '../AppContext';
import { Heading } from '../ui/Heading';

export function ResultSection({ title, count, children }: { title: string; count: number; children: ComponentChildren }) {
  const format = useFormat();
  const id = useId();
  return (
    <section class="kwk-section" aria-labelledby={id}>
      <Heading depth={2} id={id} class="kwk-section__title">
        {title} <span class="kwk-section__count">({format.number(count)})</span>
      </Heading>
      {children}
    </section>
  );
}
