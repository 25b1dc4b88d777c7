// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { App } from '../../../components/App';
import type { ViewTab } from '../../../components/ViewTabs';
import { readyApp } from './fixture';
import { buttonNamed, click, mount, update } from './render';

let unmount: () => void = () => undefined;
afterEach(() => unmount());

function app(views?: readonly ViewTab[]) {
  const state = readyApp();
  const mounted = mount(<App tiles="" attribution="" views={views} />, state);
  unmount = mounted.unmount;
  return { state, container: mounted.container };
}

/** Until the figures' own file has loaded and rendered. */
async function figuresShown(container: HTMLElement): Promise<void> {
  for (let i = 0; i < 50 && !container.querySelector('.kwk-insight-table'); i++) {
    await act(async () => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

describe('the Aanbod and Cijfers tabs', () => {
  it('are not there unless the page enables the figures: parents see their view only', () => {
    const { container } = app();
    expect(container.querySelector('.kwk-view-tabs')).toBeNull();
    expect(container.textContent).not.toContain('Cijfers');
  });

  it('switch to the figures and back to the list the reader had', async () => {
    const { state, container } = app(['aanbod', 'cijfers']);
    update(() => void (state.view.value = 'map'));
    click(buttonNamed(container, 'Cijfers'));
    expect(state.view.value).toBe('cijfers');
    await figuresShown(container);
    expect(container.querySelectorAll('.kwk-insight-table tbody tr')).toHaveLength(2);
    // The parents' filters are not part of the figures.
    expect(container.querySelector('.kwk-filters')).toBeNull();
    expect(buttonNamed(container, 'Cijfers').getAttribute('aria-pressed')).toBe('true');
    click(buttonNamed(container, 'Aanbod'));
    expect(state.view.value).toBe('map');
    expect(container.querySelector('.kwk-insight')).toBeNull();
  });

  it('show only the figures, without tabs, when they are the one view', async () => {
    const { state, container } = app(['cijfers']);
    expect(state.view.value).not.toBe('cijfers');
    await figuresShown(container);
    expect(container.querySelector('.kwk-view-tabs')).toBeNull();
    expect(container.querySelector('.kwk-insight-table')).not.toBeNull();
  });
});
