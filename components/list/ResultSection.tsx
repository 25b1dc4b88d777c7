/**
 * A titled group of results ("Activiteiten (12)"): a heading and its list, not a
 * landmark (a screen reader's landmark list stays short: filters, results, map).
 */
import type { ComponentChildren, Ref } from 'preact';
import { useId } from 'preact/hooks';
import { useFormat } from '../AppContext';
import { Heading } from '../ui/Heading';

interface ResultSectionProps {
  title: string;
  count: number;
  /** For a jump to this section from elsewhere in the list. */
  headingRef?: Ref<HTMLHeadingElement>;
  children: ComponentChildren;
}

export function ResultSection({ title, count, headingRef, children }: ResultSectionProps) {
  const format = useFormat();
  const id = useId();
  return (
    <div class="kwk-section">
      <Heading depth={2} id={id} class="kwk-section__title" headingRef={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title} <span class="kwk-section__count">({format.number(count)})</span>
      </Heading>
      {children}
    </div>
  );
}
