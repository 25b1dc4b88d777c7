// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ListFirst, ResultList } from '../../../components/list/ResultList';
import { Filters } from '../../../components/filters/Filters';
import { readyApp } from './fixture';
import { byLabel, buttonNamed, choose, click, mount, resultNames, update } from './render';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ResultList', () => {
  it('groups huiskamers, activities and kinderwerkers and announces the count politely', () => {
    const app = readyApp();
    const { container } = mount(<ResultList />, app);
    expect(resultNames(container, 'Huiskamers')).toEqual(['Huiskamer De Noot']);
    expect(resultNames(container, 'Activiteiten')).toEqual(['<img src=x onerror=alert(1)>', 'Knutselclub', 'Straatvoetbal']);
    expect(resultNames(container, 'Kinderwerkers')).toEqual(['Anna de Vries']);
    const count = container.querySelector('[role="status"].kwk-count');
    expect(count?.textContent).toBe('3 activiteiten en 1 huiskamer in de hele gemeente');
  });

  it('narrows the list when the age filter changes, and names the chosen area in the count', () => {
    const app = readyApp();
    const { container } = mount(
      <>
        <Filters />
        <ResultList />
      </>,
      app,
    );
    choose(byLabel<HTMLSelectElement>(container, 'Leeftijd van je kind'), '5');
    expect(resultNames(container, 'Activiteiten')).toEqual(['Knutselclub']);
    expect(resultNames(container, 'Huiskamers')).toEqual([]);

    update(() => {
      app.criteria.value = { area: 'BU00340201' };
    });
    expect(container.querySelector('.kwk-count')?.textContent).toBe('2 activiteiten en 0 huiskamers in Filmwijk');
  });

  it('narrows to walk-in and free offers with the checkboxes', () => {
    const app = readyApp();
    const { container } = mount(<><Filters /><ResultList /></>, app);
    click(byLabel(container, 'Alleen zonder aanmelden binnenlopen'));
    expect(resultNames(container, 'Activiteiten')).toEqual(['<img src=x onerror=alert(1)>', 'Straatvoetbal']);
    expect(resultNames(container, 'Huiskamers')).toEqual([]);
    expect(app.criteria.value).toEqual({ join: ['walk-in'] });
  });

  it('names the chosen buurt and what is on offer there, without policy figures', () => {
    const app = readyApp({ area: 'BU00340202' });
    const { container } = mount(<ResultList />, app);
    const summary = container.querySelector('.kwk-summary');
    expect(summary?.querySelector('.kwk-summary__title')?.textContent).toBe('Muziekwijk · Buurt');
    expect(summary?.textContent).toContain('1 activiteit en 1 huiskamer');
    // Children, places and waiting lists are for the municipality's view, not for parents.
    expect(summary?.textContent).not.toMatch(/Kinderen|Plekken per dag|Wachtlijst|per 1\.000|Cijfers voor/);
  });

  it('says nothing was found and resets every filter with one click', () => {
    const app = readyApp({ age: 17, freeOnly: true });
    const { container } = mount(<ResultList />, app);
    expect(container.textContent).toContain('Niets gevonden. Maak de filters ruimer.');
    click(buttonNamed(container, 'Wis alle filters'));
    expect(app.criteria.value).toEqual({});
    // The reset button is gone; focus lands on the list heading instead of nowhere.
    expect(document.activeElement?.textContent).toBe('Lijst');
    expect(resultNames(container, 'Activiteiten')).toHaveLength(3);
    expect(container.textContent).not.toContain('Niets gevonden');
  });

  it('renders a hostile name as text, never as markup', () => {
    const app = readyApp();
    const { container } = mount(<ResultList />, app);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('never lists a kinderwerker without publication consent', () => {
    const app = readyApp();
    const { container } = mount(<ResultList />, app);
    expect(container.textContent).not.toContain('Geheime Gert');
    expect(container.textContent).not.toContain('06 99999999');
    expect(container.textContent).toContain('Kinderwerkers (1)');
  });
});

describe('the order of the list', () => {
  it('shows activities first and keeps the huiskamers one jump away', () => {
    const { container } = mount(<ResultList />, readyApp());
    const titles = [...container.querySelectorAll('.kwk-section__title')].map((title) => title.textContent ?? '');
    expect(titles[0]).toMatch(/^Activiteiten/);
    expect(titles[1]).toMatch(/^Huiskamers/);
    const jump = [...container.querySelectorAll('button')].find((button) => button.textContent?.startsWith('Naar de huiskamers'));
    expect(jump).toBeDefined();
    click(jump!);
    expect(document.activeElement?.textContent).toMatch(/^Huiskamers/);
  });

  it('puts the huiskamers first when the host page asks for it', () => {
    const { container } = mount(
      <ListFirst.Provider value="huiskamers">
        <ResultList />
      </ListFirst.Provider>,
      readyApp(),
    );
    const titles = [...container.querySelectorAll('.kwk-section__title')].map((title) => title.textContent ?? '');
    expect(titles[0]).toMatch(/^Huiskamers/);
    expect([...container.querySelectorAll('button')].some((button) => button.textContent?.startsWith('Naar de huiskamers'))).toBe(false);
  });
});

describe('a full activity in the list', () => {
  it('says "Vol" on the item, so nobody calls to sign up for it', () => {
    const app = readyApp();
    const ready = app.feed.value;
    if (ready.phase !== 'ready') throw new Error('fixture is not ready');
    const [first, ...rest] = ready.data.activities;
    update(() => (app.feed.value = { ...ready, data: { ...ready.data, activities: [{ ...first, remainingPlaces: 0 }, ...rest] } }));
    const { container } = mount(<ResultList />, app);
    const item = [...container.querySelectorAll('.kwk-item')].find((element) => element.textContent?.includes(first.name));
    expect(item?.querySelector('.kwk-item__tag--full')?.textContent).toBe('Vol');
    const others = [...container.querySelectorAll('.kwk-item')].filter((element) => element !== item);
    expect(others.some((element) => element.querySelector('.kwk-item__tag--full'))).toBe(false);
  });
});
