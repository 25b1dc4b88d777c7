/**
 * The details of what is selected (activity, huiskamer, kinderwerker, place,
 * organisation, area), in a non-modal side panel; on narrow screens it covers
 * the widget like a sheet and keeps Tab inside it.
 *
 * Focus: on open the heading gets focus, so a screen reader reads the title.
 * Esc or the close button closes; focus then returns to the element that opened
 * it (found again by `data-kwk-opens` when the list re-rendered it meanwhile).
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { useApp, useText } from '../AppContext';
import { selectionKey } from '../list/OpenButton';
import { resolveDetails } from './DetailsBody';
import { deepActiveElement, focusableIn } from './focus';

interface Opener {
  element?: HTMLElement;
  key?: string;
  root?: Document | ShadowRoot;
}

export function DetailsPanel() {
  const app = useApp();
  const text = useText();
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Opener>({});
  const selection = app.selection.value;
  const key = selection ? selectionKey(selection) : undefined;
  // A selection from a deep link is there on load: show it, but don't pull focus (and the page) to it.
  const deepLinked = useRef(key);
  const ready = app.index.value !== undefined;

  useLayoutEffect(() => {
    if (key !== deepLinked.current) deepLinked.current = undefined;
    const panel = panelRef.current;
    if (key && panel) {
      const root = panel.getRootNode() as Document | ShadowRoot;
      const active = deepActiveElement(root);
      // Moving between records inside the panel keeps the first opener; a click in
      // the list or on the map while it is open makes that the new opener.
      const outside = active !== undefined && !panel.contains(active) && active !== panel.ownerDocument.body;
      if (outside || !opener.current.root) opener.current = { element: outside ? active : undefined, key, root };
      if (key !== deepLinked.current) headingRef.current?.focus();
      // Esc closes from anywhere in the widget, not only from inside the panel.
      const onEscape = (event: Event) => {
        if ((event as KeyboardEvent).key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        app.selection.value = undefined;
      };
      root.addEventListener('keydown', onEscape);
      return () => root.removeEventListener('keydown', onEscape);
    } else if (!key && opener.current.root) {
      returnFocus(opener.current);
      opener.current = {};
    }
  }, [key, ready, app.selection]);

  // While the feed loads, a deep-linked selection waits instead of saying "not found".
  if (!selection || !ready) return null;
  const details = resolveDetails(app.index.value, selection);
  const close = () => {
    app.selection.value = undefined;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab' && panelRef.current && isSheet(panelRef.current)) {
      trapTab(event, panelRef.current);
    }
  };

  return (
    <aside ref={panelRef} class="kwk-details" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <div class="kwk-details__sheet">
        <div class="kwk-details__header">
          <div class="kwk-details__heading-group">
            <p class="kwk-details__type">{text.details.kinds[selection.kind]}</p>
            <h2 id={headingId} ref={headingRef} tabIndex={-1} class="kwk-details__title">
              {details?.title ?? text.details.notFound}
            </h2>
          </div>
          <button type="button" class="kwk-button kwk-button--secondary kwk-details__close kwk-no-print" onClick={close}>
            <span aria-hidden="true">×</span> {text.details.close}
          </button>
        </div>
        <div class="kwk-details__body">{details?.body}</div>
      </div>
    </aside>
  );
}

function returnFocus({ element, key, root }: Opener): void {
  if (element?.isConnected) return element.focus();
  // Record ids only hold letters, digits and . _ : -, so the key is safe inside quotes.
  const again = key ? root?.querySelector<HTMLElement>(`[data-kwk-opens="${key}"]`) : null;
  again?.focus();
}

/** The CSS says when the panel is a covering sheet (narrow widget), via a custom property. */
function isSheet(panel: HTMLElement): boolean {
  return getComputedStyle(panel).getPropertyValue('--kwk-details-sheet').trim() === '1';
}

function trapTab(event: KeyboardEvent, panel: HTMLElement): void {
  const focusable = focusableIn(panel);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const active = deepActiveElement(panel.getRootNode() as Document | ShadowRoot);
  if (event.shiftKey && (active === first || active === panel.querySelector('h2'))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
