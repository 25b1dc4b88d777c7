/**
 * Renders a component inside an AppContext into happy-dom's document, and helpers
 * to act like a user: keys, clicks, typing. State changes go through `act` so
 * Preact has re-rendered before the next assertion.
 *
 * With a synchronous callback `act` has flushed renders and effects when it returns
 * (and throws what the callback throws); the promise it also returns is already
 * resolved, so these helpers drop it with `void`. `update` is that synchronous act.
 */
import type { ComponentChildren } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AppContext } from '../../../components/AppContext';
import type { AppState } from '../../../lib/state';

export function mount(ui: ComponentChildren, app: AppState): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  void act(() => render(<AppContext.Provider value={app}>{ui}</AppContext.Provider>, container));
  return {
    container,
    unmount: () => {
      void act(() => render(null, container));
      container.remove();
    },
  };
}

export function update(change: () => void): void {
  void act(change);
}

export function press(target: Element, key: string, init: KeyboardEventInit = {}): void {
  void act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

export function click(target: Element): void {
  void act(() => {
    (target as HTMLElement).click();
  });
}

export function type(input: HTMLInputElement, value: string): void {
  void act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(select: HTMLSelectElement, value: string): void {
  void act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function byLabel<T extends HTMLElement>(container: HTMLElement, label: string): T {
  const labelElement = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const id = labelElement?.getAttribute('for');
  const control = id ? container.querySelector<T>(`[id="${id}"]`) : null;
  if (!control) throw new Error(`no control labelled "${label}"`);
  return control;
}

export function buttonNamed(container: HTMLElement, name: string | RegExp): HTMLButtonElement {
  const button = [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );
  if (!button) throw new Error(`no button named ${String(name)}`);
  return button;
}

/** Names of the results in a list section ("Activiteiten", "Huiskamers", ...). */
export function resultNames(container: HTMLElement, section: string): string[] {
  const heading = [...container.querySelectorAll('.kwk-section__title')].find((h) => h.textContent?.startsWith(section));
  const list = heading?.closest('.kwk-section');
  return list ? [...list.querySelectorAll('.kwk-item__open')].map((b) => b.textContent ?? '') : [];
}
