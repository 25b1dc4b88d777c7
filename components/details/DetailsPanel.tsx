/**
 * The details of what is selected (activity, huiskamer, kinderwerker, place,
 * organisation, area). Wide: in place of the list, beside the map, so the chosen
 * place shows on the map and nothing the keyboard can reach is covered. Narrow: a
 * sheet over the whole widget with a "Terug" button; what it covers is made
 * `inert` (parts marked `data-kwk-behind-details`), so neither Tab nor a screen
 * reader reaches it.
 *
 * Focus: on open the heading gets focus, so a screen reader reads the title.
 * Esc, Terug or the close button closes; focus then returns to the element that
 * opened it, found again by `data-kwk-opens` when the list or the map drew it anew
 * meanwhile (a map marker lists every place it holds, so a cluster counts too).
 */
import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { useApp, useFeedLang, useText } from '../AppContext';
import { selectionKey } from '../list/OpenButton';
import { resolveDetails } from './DetailsBody';
import { deepActiveElement, focusableIn } from './focus';
import { Heading } from '../ui/Heading';

interface Opener {
  element?: HTMLElement;
  key?: string;
  root?: Document | ShadowRoot;
  /** The opener was a map marker: give focus back to the map, not to a list entry with the same key. */
  onMap?: boolean;
}

const MARKER = 'kwk-marker-icon';

export function DetailsPanel() {
  const app = useApp();
  const text = useText();
  const feedLang = useFeedLang();
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
      if (outside || !opener.current.root) {
        opener.current = { element: outside ? active : undefined, key, root, onMap: outside && active.classList.contains(MARKER) };
      }
      if (key !== deepLinked.current) headingRef.current?.focus();
      // Esc closes from anywhere in the widget, not only from inside the panel.
      const onEscape = (event: Event) => {
        if ((event as KeyboardEvent).key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        app.selection.value = undefined;
      };
      root.addEventListener('keydown', onEscape);
      const stopInert = keepBackgroundInert(panel);
      return () => {
        root.removeEventListener('keydown', onEscape);
        stopInert();
      };
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
            <Heading depth={1} id={headingId} headingRef={headingRef} tabIndex={-1} class="kwk-details__title" lang={details ? feedLang : undefined}>
              {details?.title ?? text.details.notFound}
            </Heading>
          </div>
          <button type="button" class="kwk-button kwk-button--secondary kwk-details__back kwk-no-print" onClick={close}>
            <span aria-hidden="true">←</span> {text.details.back}
          </button>
          <button type="button" class="kwk-button kwk-button--secondary kwk-details__close kwk-no-print" onClick={close}>
            <span aria-hidden="true">×</span> {text.details.close}
          </button>
        </div>
        <div class="kwk-details__body">{details?.body}</div>
      </div>
    </aside>
  );
}

function returnFocus({ element, key, root, onMap }: Opener): void {
  if (element?.isConnected) return element.focus();
  if (!key || !root) return;
  // Record ids only hold letters, digits and . _ : -, so the key is safe inside quotes.
  const holding = `[data-kwk-opens~="${key}"]`;
  const again = (onMap ? root.querySelector<HTMLElement>(`.${MARKER}${holding}`) : null) ?? root.querySelector<HTMLElement>(holding);
  again?.focus();
}

/**
 * While the panel is a sheet, what it covers is inert: out of the Tab order and out of
 * a screen reader's reach. Follows the widget's width (a phone turned sideways).
 */
function keepBackgroundInert(panel: HTMLElement): () => void {
  const app = panel.closest('.kwk-app') ?? panel.parentElement;
  if (!app) return () => undefined;
  const behind = () => [...app.querySelectorAll<HTMLElement>('[data-kwk-behind-details]')];
  const update = () => {
    const sheet = isSheet(panel);
    for (const part of behind()) part.inert = sheet;
  };
  update();
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(update) : undefined;
  observer?.observe(app);
  return () => {
    observer?.disconnect();
    for (const part of behind()) part.inert = false;
  };
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
  if (event.shiftKey && (active === first || active === panel.querySelector('.kwk-details__title'))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}
