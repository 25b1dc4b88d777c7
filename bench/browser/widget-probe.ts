/**
 * The benchmark's eyes inside the widget page, loaded in <head> before the widget:
 * it records every long main-thread task from the start, mounts <kinderwerk-kaart>
 * on request and times how long until its first map markers are in the DOM and on
 * screen, and times each keystroke in the text filter and each change in the filter
 * panel until the list changes.
 *
 *   const shown = await page.evaluate((feed) => window.kwkProbe.mount(feed), url);
 *   const tasks = await page.evaluate(() => window.kwkProbe.settle());
 */
import { longTasksOf, type LongTasks } from './long-tasks';

const TAG = 'kinderwerk-kaart';
const MARKER = '.leaflet-marker-icon';
/** The widget's notice when the feed could not be loaded (components/status/FeedFailed.tsx). */
const FAILED = '[role="alert"]';
/** The filter panel (components/filters/Filters.tsx). */
const FILTERS = '.kwk-filters';

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

let mountedAt = 0;
let element: HTMLElement | undefined;

/** Resolves just after the next frame is painted (a task queued from requestAnimationFrame). */
const afterNextPaint = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

function whenPresent(root: ShadowRoot, selector: string, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const done = (at: number | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(at);
    };
    const check = () => void (root.querySelector(selector) && done(performance.now()));
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    const timer = setTimeout(() => done(undefined), timeoutMs);
    check();
  });
}

export interface Mounted {
  /** Element added → first marker element in the shadow DOM. */
  inDomMs?: number;
  /** Element added → the frame after that, painted. */
  paintedMs?: number;
  markers: number;
  /** What the widget says when no marker came (a failure message, for instance). */
  text?: string;
}

export interface Settled extends LongTasks {
  /** The five longest tasks since mounting: start (ms after mounting) and duration. */
  top: { at: number; ms: number }[];
  /** Markers on the map once the page is quiet (the first frame may show fewer). */
  markers: number;
}

/** A change in the filter panel: a choice in its n-th select, or a click on its n-th checkbox. */
export type FilterChange =
  | { control: 'select'; index: number; value: string; label: string }
  | { control: 'checkbox'; index: number; label: string };

/** Times of the last keystroke in the text filter and of the list's first change after it. */
let typedAt: number | undefined;
let listChangedAt: number | undefined;

export const kwkProbe = {
  async mount(feed: string, timeoutMs = 60_000): Promise<Mounted> {
    await customElements.whenDefined(TAG);
    element = document.createElement(TAG);
    element.setAttribute('feed', feed);
    element.setAttribute('tiles', 'none');
    element.setAttribute('lang', 'nl');
    mountedAt = performance.now();
    document.body.append(element);
    const root = element.shadowRoot!;
    const inDom = await whenPresent(root, `${MARKER}, ${FAILED}`, timeoutMs);
    const failed = root.querySelector(FAILED);
    if (inDom === undefined || failed) {
      const text = failed instanceof HTMLElement ? failed.innerText : root.textContent ?? '';
      return { markers: 0, text: text.replace(/\s+/g, ' ').trim().slice(0, 300) };
    }
    const painted = await afterNextPaint();
    return { inDomMs: inDom - mountedAt, paintedMs: painted - mountedAt, markers: root.querySelectorAll(MARKER).length };
  },

  /** Waits until no long task has run for `quietMs`, then reports the long tasks since mounting. */
  async settle(quietMs = 1500, maxMs = 60_000): Promise<Settled> {
    const started = performance.now();
    for (;;) {
      const lastEnd = Math.max(mountedAt, ...longTasks.map((task) => task.startTime + task.duration));
      const now = performance.now();
      if (now - lastEnd >= quietMs || now - started > maxMs) break;
      await new Promise((resume) => setTimeout(resume, 100));
    }
    const since = longTasks.filter((task) => task.startTime >= mountedAt);
    const top = [...since].sort((a, b) => b.duration - a.duration).slice(0, 5)
      .map((task) => ({ at: Math.round(task.startTime - mountedAt), ms: Math.round(task.duration) }));
    const markers = element?.shadowRoot?.querySelectorAll(MARKER).length ?? 0;
    return { ...longTasksOf(since), top, markers };
  },

  /** Starts timing keystrokes in the widget's text filter. */
  watchTyping(): void {
    const root = element!.shadowRoot!;
    window.addEventListener('input', (event) => {
      typedAt = event.timeStamp;
      listChangedAt = undefined;
    }, true);
    new MutationObserver(() => {
      if (typedAt !== undefined && listChangedAt === undefined) listChangedAt = performance.now();
    }).observe(root.querySelector('.kwk-results') ?? root, { childList: true, subtree: true, characterData: true });
  },

  /** After a keystroke: waits two frames (effects run after paint), then says when the list changed. */
  async afterKeystroke(): Promise<{ listUpdatedMs?: number }> {
    await afterNextPaint();
    await afterNextPaint();
    return { listUpdatedMs: typedAt !== undefined && listChangedAt !== undefined ? listChangedAt - typedAt : undefined };
  },

  /** Every change the filter panel's selects and checkboxes offer a visitor, in a fixed order. */
  filterChanges(): FilterChange[] {
    const panel = element!.shadowRoot!.querySelector(FILTERS)!;
    const selects = [...panel.querySelectorAll('select')].flatMap((select, index) => {
      const name = select.labels?.[0]?.textContent?.trim() ?? `select ${index}`;
      // A few choices each, then back to "all", so every step starts from a different result.
      const values = [...select.options].map((option) => option.value).filter((value) => value !== '');
      const picked = values.filter((_, i) => i % Math.max(1, Math.floor(values.length / 4)) === 0).slice(0, 4);
      return [...picked, ''].map((value) => ({ control: 'select' as const, index, value, label: `${name}: ${value || 'all'}` }));
    });
    const checkboxes = [...panel.querySelectorAll('input[type="checkbox"]')].flatMap((box, index) => {
      const name = (box as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? `checkbox ${index}`;
      return ['on', 'off'].map((state) => ({ control: 'checkbox' as const, index, label: `${name}: ${state}` }));
    });
    return [...selects, ...checkboxes];
  },

  /** Makes one change in the filter panel as a visitor's input would, then waits as after a keystroke. */
  async changeFilter(change: FilterChange): Promise<{ listUpdatedMs?: number }> {
    const panel = element!.shadowRoot!.querySelector(FILTERS)!;
    typedAt = performance.now();
    listChangedAt = undefined;
    if (change.control === 'checkbox') {
      (panel.querySelectorAll('input[type="checkbox"]')[change.index] as HTMLInputElement).click();
    } else {
      const select = panel.querySelectorAll('select')[change.index];
      select.value = change.value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return kwkProbe.afterKeystroke();
  },

  /** The filter's results right now, as the list counts them. */
  itemCount(): number {
    return element?.shadowRoot?.querySelectorAll('.kwk-item').length ?? 0;
  },
};

export type KwkProbe = typeof kwkProbe;

(globalThis as unknown as { kwkProbe: KwkProbe }).kwkProbe = kwkProbe;
