/**
 * The benchmark's eyes inside the widget page, loaded in <head> before the widget,
 * whose <kinderwerk-kaart> is in the page's HTML as a municipality embeds it. Every
 * time is counted from navigation (performance.now()), so loading, compiling and
 * running the module count too. It records every long main-thread task, every change
 * to the map's markers (through the shadow root, watched from the moment it is
 * attached) with the frame painted after it, and times each keystroke in the text
 * filter and each change in the filter panel until the list changes, and from Event
 * Timing until the next paint.
 *
 *   const view = await page.evaluate(() => window.kwkProbe.firstView());
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

/**
 * Event Timing: each key or pointer interaction that took 16 ms or more from input to the
 * next paint (shorter ones are not reported). Collected per keystroke by afterKeystroke().
 */
// interactionId is newer than TypeScript's DOM types; 0 marks events that are no interaction (mousemove).
type EventTiming = PerformanceEventTiming & { interactionId?: number };
let interactions: EventTiming[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as EventTiming[]) if ((entry.interactionId ?? 0) > 0) interactions.push(entry);
}).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

let element: HTMLElement | undefined;

/** Resolves just after the next frame is painted (a task queued from requestAnimationFrame). */
const afterNextPaint = () =>
  new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));

/** Each change to the map's markers (added or removed), and when the frame after it was painted. */
const markerChanges: { at: number; paintedAt?: number }[] = [];

/** The list's results: the first one painted is the widget's first content (the shell before it says "loading"). */
const RESULT = '.kwk-item';
/** The element's definition (its shadow root attached) → the frame that first painted a result. */
let firstContent: { frames: number; ms: number } | undefined;

/**
 * Counts frames from the element's definition until one paints a result: a frame's
 * animation callback runs just before it is painted, so the result is in frame `frames`
 * (1 is the first frame after the definition).
 */
function watchFirstContent(root: ShadowRoot): void {
  const definedAt = performance.now();
  let frames = 0;
  const onFrame = () => {
    frames++;
    if (root.querySelector(RESULT)) firstContent = { frames, ms: performance.now() - definedAt };
    else if (frames < 3600) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
}

const holdsMarker = (node: Node) => node instanceof Element && (node.matches(MARKER) || node.querySelector(MARKER) !== null);

// The widget attaches its shadow root when the element is defined; watch it from that moment.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
  const root = attachShadow.call(this, init);
  if (this.localName !== TAG) return root;
  element = this as HTMLElement;
  watchFirstContent(root);
  new MutationObserver((records) => {
    if (!records.some((record) => [...record.addedNodes, ...record.removedNodes].some(holdsMarker))) return;
    const change: { at: number; paintedAt?: number } = { at: performance.now() };
    markerChanges.push(change);
    void afterNextPaint().then((painted) => (change.paintedAt = painted));
  }).observe(root, { childList: true, subtree: true });
  return root;
};

const markerCount = () => element?.shadowRoot?.querySelectorAll(MARKER).length ?? 0;
/** Navigation → the frame painted after the last change to the markers so far. */
const finalMarkersMs = () => markerChanges.at(-1)?.paintedAt;

export interface FirstView {
  /** Navigation → the frame painted after the markers first appeared. */
  firstMarkersMs?: number;
  /** Navigation → the frame painted after the last change to the markers: the final city view. */
  finalMarkersMs?: number;
  /** How often the marker set changed on the way (1: drawn once, as it should be). */
  markerChanges: number;
  markers: number;
  /** What the widget says when no marker came (a failure message, for instance). */
  text?: string;
  /** The element's definition → the first frame that painted a result in the list (issue 14: within one frame on a warm demo visit). */
  firstContent?: { frames: number; ms: number };
}

export interface Settled extends LongTasks {
  /** The five longest tasks since navigation: start (ms after navigation) and duration. */
  top: { at: number; ms: number }[];
  /** Markers on the map once the page is quiet, and the final view's time then. */
  markers: number;
  finalMarkersMs?: number;
  markerChanges: number;
}

/** A change in the filter panel: a choice in its n-th select, or a click on its n-th checkbox. */
export type FilterChange =
  | { control: 'select'; index: number; value: string; label: string }
  | { control: 'checkbox'; index: number; label: string };

/** Times of the last keystroke in the text filter and of the list's first change after it. */
let typedAt: number | undefined;
let listChangedAt: number | undefined;
/** The word being timed by watchWords(): its input, the results' first change after it, and the frame painted then. */
const word: { lastInputAt?: number; changedAt?: number; paintedAt?: number } = {};
/** Every input event's time since watchTyping(). */
const inputTimes: number[] = [];

export const kwkProbe = {
  /** Waits until the markers have not changed for `quietMs` (or the widget says it failed), then reports the view. */
  async firstView(timeoutMs = 60_000, quietMs = 1000): Promise<FirstView> {
    for (;;) {
      const failed = element?.shadowRoot?.querySelector(FAILED);
      const last = markerChanges.at(-1);
      const now = performance.now();
      if (failed || now > timeoutMs) {
        const text = failed instanceof HTMLElement ? failed.innerText : element?.shadowRoot?.textContent ?? 'no widget';
        return { markers: 0, markerChanges: markerChanges.length, text: text.replace(/\s+/g, ' ').trim().slice(0, 300), firstContent };
      }
      if (last?.paintedAt !== undefined && markerCount() > 0 && now - last.at >= quietMs) break;
      await new Promise((resume) => setTimeout(resume, 50));
    }
    return { firstMarkersMs: markerChanges[0].paintedAt, finalMarkersMs: finalMarkersMs(), markerChanges: markerChanges.length, markers: markerCount(), firstContent };
  },

  /** Waits until no long task has run for `quietMs`, then reports the long tasks since mounting. */
  async settle(quietMs = 1500, maxMs = 60_000): Promise<Settled> {
    const started = performance.now();
    for (;;) {
      const lastEnd = Math.max(0, ...longTasks.map((task) => task.startTime + task.duration));
      const now = performance.now();
      if (now - lastEnd >= quietMs || now - started > maxMs) break;
      await new Promise((resume) => setTimeout(resume, 100));
    }
    const top = [...longTasks].sort((a, b) => b.duration - a.duration).slice(0, 5)
      .map((task) => ({ at: Math.round(task.startTime), ms: Math.round(task.duration) }));
    return { ...longTasksOf(longTasks), top, markers: markerCount(), finalMarkersMs: finalMarkersMs(), markerChanges: markerChanges.length };
  },

  /** Starts timing keystrokes in the widget's text filter. */
  watchTyping(): void {
    const root = element!.shadowRoot!;
    window.addEventListener('input', (event) => {
      typedAt = event.timeStamp;
      inputTimes.push(event.timeStamp);
      listChangedAt = undefined;
    }, true);
    new MutationObserver(() => {
      if (typedAt !== undefined && listChangedAt === undefined) listChangedAt = performance.now();
    }).observe(root.querySelector('.kwk-results') ?? root, { childList: true, subtree: true, characterData: true });
  },

  /**
   * After a keystroke: waits two frames (effects run after paint), then says when the list
   * changed and, from Event Timing, input → next paint (undefined: under 16 ms, not reported).
   */
  async afterKeystroke(): Promise<{ listUpdatedMs?: number; inputToPaintMs?: number }> {
    await afterNextPaint();
    await afterNextPaint();
    const durations = interactions.map((entry) => entry.duration);
    interactions = [];
    return {
      listUpdatedMs: typedAt !== undefined && listChangedAt !== undefined ? listChangedAt - typedAt : undefined,
      inputToPaintMs: durations.length > 0 ? Math.max(...durations) : undefined,
    };
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

  /**
   * Typing at a human pace: waits until neither a key nor the markers have changed for
   * `quietMs`, then gives, for each key typed since `since` (page time), the time from its
   * input to the frame painted after the first change to the markers before the next key
   * (the map follows once typing pauses, lib/state.ts); keys after which the markers did not
   * change are left out.
   */
  async mapUpdatesAfterKeys(since: number, quietMs = 1000): Promise<number[]> {
    for (;;) {
      const last = Math.max(typedAt ?? 0, markerChanges.at(-1)?.at ?? 0);
      const pending = markerChanges.some((change) => change.paintedAt === undefined);
      if (!pending && performance.now() - last >= quietMs) break;
      await new Promise((resume) => setTimeout(resume, 50));
    }
    const keys = inputTimes.filter((at) => at > since);
    return keys.flatMap((at, i) => {
      const next = keys[i + 1] ?? Infinity;
      const change = markerChanges.find((candidate) => candidate.at > at && candidate.at < next);
      return change?.paintedAt === undefined ? [] : [change.paintedAt - at];
    });
  },

  /** Before a change in the filter panel made by real input: forgets the previous one (its 'input' event starts the clock). */
  startChange(): void {
    typedAt = undefined;
    listChangedAt = undefined;
    interactions = [];
  },

  /**
   * Starts timing whole words typed in a text filter, on the widget (its list) or on the plain
   * Leaflet page (its circle markers): what a visitor sees change.
   */
  watchWords(): void {
    const results = element?.shadowRoot?.querySelector('.kwk-results') ?? document.querySelector('.leaflet-overlay-pane');
    if (!results) throw new Error('no results to watch');
    window.addEventListener('input', (event) => (word.lastInputAt = event.timeStamp), true);
    new MutationObserver(() => {
      if (word.lastInputAt === undefined || word.changedAt !== undefined) return;
      const changedAt = performance.now();
      word.changedAt = changedAt;
      void afterNextPaint().then((painted) => {
        if (word.changedAt === changedAt) word.paintedAt = painted;
      });
    }).observe(results, { childList: true, subtree: true, characterData: true, attributes: true });
  },

  /** Before a word is put in the filter: forgets what came before, so its input starts the clock. */
  beforeWord(): void {
    word.lastInputAt = undefined;
    word.changedAt = undefined;
    word.paintedAt = undefined;
  },

  /** The word's input event → the frame painted after the results changed; undefined if they did not within `maxMs`. */
  async wordPainted(maxMs = 5000): Promise<number | undefined> {
    const started = performance.now();
    while (word.paintedAt === undefined && performance.now() - started < maxMs) await new Promise((resume) => setTimeout(resume, 20));
    return word.paintedAt !== undefined && word.lastInputAt !== undefined ? word.paintedAt - word.lastInputAt : undefined;
  },

  /** The filter's results right now, as the list counts them. */
  itemCount(): number {
    return element?.shadowRoot?.querySelectorAll('.kwk-item').length ?? 0;
  },
};

export type KwkProbe = typeof kwkProbe;

(globalThis as unknown as { kwkProbe: KwkProbe }).kwkProbe = kwkProbe;
