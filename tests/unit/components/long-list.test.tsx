// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultList } from '../../../components/list/ResultList';
import type { Activity } from '../../../lib/feed/schema';
import { fixtureData, readyApp } from './fixture';
import { buttonNamed, click, mount, resultNames, update } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

function manyActivities(n: number): Activity[] {
  const [template] = fixtureData().activities;
  return Array.from({ length: n }, (_, i) => ({ ...template, id: `act-${i}`, name: `Activiteit ${String(i).padStart(4, '0')}` }));
}

describe('a long list', () => {
  it('renders the first 50 and adds 50 more per click, moving focus to the first new one', () => {
    const app = readyApp({}, { ...fixtureData(), activities: manyActivities(120) });
    const { container } = mount(<ResultList />, app);
    expect(resultNames(container, 'Activiteiten')).toHaveLength(50);
    click(buttonNamed(container, 'Meer tonen (50 van 120)'));
    expect(resultNames(container, 'Activiteiten')).toHaveLength(100);
    expect(document.activeElement?.textContent).toBe('Activiteit 0050');
    click(buttonNamed(container, 'Meer tonen (100 van 120)'));
    expect(resultNames(container, 'Activiteiten')).toHaveLength(120);
    expect(container.textContent).not.toContain('Meer tonen');
  });

  it('after a change paints the first cards at once and the rest of the page a frame later', async () => {
    const app = readyApp({}, { ...fixtureData(), activities: manyActivities(120) });
    const { container } = mount(<ResultList />, app);
    update(() => (app.criteria.value = { text: 'Activiteit 00' }));
    expect(resultNames(container, 'Activiteiten')).toHaveLength(12);
    expect(container.textContent).not.toContain('Meer tonen');
    await vi.waitFor(() => expect(resultNames(container, 'Activiteiten')).toHaveLength(50));
    expect(container.querySelector('.kwk-list__more')?.textContent).toMatch(/^Meer tonen \(50 van \d+\)$/);
  });

  it('renders every item before printing', () => {
    const app = readyApp({}, { ...fixtureData(), activities: manyActivities(80) });
    const { container } = mount(<ResultList />, app);
    update(() => window.dispatchEvent(new Event('beforeprint')));
    expect(resultNames(container, 'Activiteiten')).toHaveLength(80);
  });
});
