/**
 * A long list rendered in pages: the first 50 items, then "Meer tonen" adds 50
 * more, so a city with 20,000 activities does not freeze the page. After "Meer
 * tonen", focus moves to the first new item, so a keyboard user reads on where
 * they were. Before printing, every item is rendered: paper has no button.
 *
 * When the items change (a keystroke in the text filter), the first `FIRST_PAINT`
 * come at once and the rest of the page a frame later: what fits on a screen is painted
 * sooner, and a key typed meanwhile does not wait for cards below the fold.
 *
 *   <IncrementalList items={hits} itemKey={(h) => h.activity.id} render={(h) => <ActivityItem hit={h} />} />
 */
import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useFormat, useText } from '../AppContext';

const PAGE_SIZE = 50;
/** More than a tall screen shows. */
const FIRST_PAINT = 12;

export interface IncrementalListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string;
  render: (item: T) => ComponentChildren;
  class?: string;
}

export function IncrementalList<T>({ items, itemKey, render, class: className }: IncrementalListProps<T>) {
  const text = useText();
  const format = useFormat();
  const [limit, setLimit] = useState(PAGE_SIZE);
  // The items the whole page is drawn for; new items get their first cards first.
  const [wholeFor, setWholeFor] = useState(items);
  const [focusFrom, setFocusFrom] = useState<number | undefined>(undefined);
  const listRef = useRef<HTMLUListElement>(null);

  // New filters, new list: start again at the first page, the rest of it a frame after the first cards.
  useEffect(() => {
    setLimit(PAGE_SIZE);
    const frame = requestAnimationFrame(() => setWholeFor(items));
    return () => cancelAnimationFrame(frame);
  }, [items]);

  useEffect(() => {
    const showAll = () => setLimit(Number.POSITIVE_INFINITY);
    window.addEventListener('beforeprint', showAll);
    return () => window.removeEventListener('beforeprint', showAll);
  }, []);

  useEffect(() => {
    if (focusFrom === undefined) return;
    const item = listRef.current?.children[focusFrom];
    item?.querySelector<HTMLElement>('button, a[href]')?.focus();
    setFocusFrom(undefined);
  }, [focusFrom]);

  const whole = wholeFor === items;
  const shown = items.slice(0, whole ? limit : Math.min(limit, FIRST_PAINT));
  return (
    <>
      <ul ref={listRef} class={`kwk-list${className ? ` ${className}` : ''}`}>
        {shown.map((item) => (
          <Fragment key={itemKey(item)}>{render(item)}</Fragment>
        ))}
      </ul>
      {whole && items.length > shown.length && (
        <button
          type="button"
          class="kwk-button kwk-button--secondary kwk-list__more kwk-no-print"
          onClick={() => {
            setFocusFrom(shown.length);
            setLimit(shown.length + PAGE_SIZE);
          }}
        >
          {text.list.showMore(format.number(shown.length), format.number(items.length))}
        </button>
      )}
    </>
  );
}

