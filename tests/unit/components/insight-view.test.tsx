// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InsightView } from '../../../components/insight/InsightView';
import { insightFixture } from '../../fixtures/insight';
import { readyApp } from './fixture';
import { byLabel, buttonNamed, choose, click, mount } from './render';

const insight = insightFixture();
const meta = { publisher: { name: 'Stichting Kinderwerk' }, municipality: { code: 'GM0034', name: 'Almere' } };
let unmount: () => void = () => undefined;
afterEach(() => {
  unmount();
  vi.restoreAllMocks();
});

function view(csv = (level: 'buurt' | 'wijk') => `\uFEFF${level};kinderen\r\n`) {
  const app = readyApp();
  app.now.value = new Date(2026, 11, 7, 10, 0);
  const mounted = mount(<InsightView insight={insight} meta={meta} csv={csv} tiles="" attribution="" />, app);
  unmount = mounted.unmount;
  return mounted.container;
}

const section = (container: HTMLElement, title: string) =>
  [...container.querySelectorAll('.kwk-insight-section')].find((s) => s.querySelector('h1, h2, h3, h4, h5, h6')?.textContent === title);

describe("the municipality's view", () => {
  it('says the date and the sources of the figures', () => {
    const text = view().querySelector('.kwk-insight__sources')?.textContent;
    expect(text).toContain('Alle cijfers komen uit de gegevens van zondag 1 november 2026.');
    expect(text).toContain('Stichting Kinderwerk');
    expect(text).toContain('CBS Kerncijfers wijken en buurten 2024');
    expect(text).toContain('Bereik zoals gemeld over donderdag 1 januari 2026 tot en met dinsdag 30 juni 2026.');
  });

  it('switches the table between buurten and wijken', () => {
    const container = view();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(3);
    choose(byLabel(container, 'Toon per'), 'wijk');
    expect([...container.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(['Almere Stad West']);
  });

  it('names the gaps in sentences under a heading for each kind, counts of children below 5 included', () => {
    const gaps = section(view(), 'Waar is te weinig?')!;
    const headings = [...gaps.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    expect(headings.map((heading) => heading.textContent)).toEqual(['Waar is te weinig?', 'Veel kinderen, weinig aanbod', 'Lange wachtlijst']);
    // One level below the section's title.
    expect(Number(headings[1].tagName[1])).toBe(Number(headings[0].tagName[1]) + 1);
    const items = [...gaps.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Filmwijk: 480 kinderen, 12,5 uur activiteiten per week en 20 plekken per dag in een huiskamer.',
      'Huiskamer De Vlinder: 12 kinderen op de wachtlijst, 20 plekken per dag. Verwachte wachttijd: 10 weken.',
    ]);
  });

  it('says how much of the offer serves each aim, and which partners work in which wijken', () => {
    const container = view();
    const aims = [...section(container, 'Waar het aanbod voor is')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(aims).toContain('Talenten en sociale vaardigheden: 4 van de 8');
    expect(aims).toContain('Ouders betrekken: 0 van de 8');
    expect(section(container, 'Met wie kinderwerk samenwerkt')!.querySelector('li')?.textContent).toBe('School: 3, in Almere Stad West');
  });

  it('counts the wijken of a partner type once there are too many to name, and writes big counts with a thousands point', () => {
    const [wijk] = insight.wijken;
    const wijken = Array.from({ length: 8 }, (_, i) => ({
      ...wijk, code: `WK00349${i}`, name: `Wijk ${i + 1}`,
      partnerTypes: { ...wijk.partnerTypes, school: i < 6 ? 1 : 0, sport: 1 },
    }));
    const gemeente = {
      ...insight.gemeente, activities: 20000, huiskamers: 200,
      aims: { ...insight.gemeente.aims, inclusion: 7022 }, partnerTypes: { ...insight.gemeente.partnerTypes, school: 3107, sport: 8 },
    };
    const app = readyApp();
    const mounted = mount(<InsightView insight={{ ...insight, wijken, gemeente }} meta={meta} csv={() => ''} tiles="" attribution="" />, app);
    unmount = mounted.unmount;
    const lines = (title: string) => [...section(mounted.container, title)!.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines('Waar het aanbod voor is')).toContain('Meedoen (inclusie): 7.022 van de 20.200');
    expect(lines('Met wie kinderwerk samenwerkt')).toEqual(expect.arrayContaining(['School: 3.107, in 6 van de 8 wijken', 'Sport: 8, in alle wijken']));
  });

  it('shows a story as plain text, never as markup', () => {
    const stories = section(view(), 'Verhalen uit de buurt')!;
    expect(stories.querySelector('b')).toBeNull();
    expect(stories.textContent).toContain('Amir (9) kookte voor het eerst voor de hele groep. <b>Trots!</b>');
    expect(stories.textContent).toContain('12 oktober 2026, Filmwijk');
  });

  it('downloads the table as a CSV file named after the municipality and the day', () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:kwk-test');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const container = view();
    click(buttonNamed(container, 'Download tabel (CSV)'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('kinderwerk-cijfers-almere-2026-12-07.csv');
    expect(clicked[0].href).toBe('blob:kwk-test');
    expect((created.mock.calls[0][0] as Blob).type).toBe('text/csv;charset=utf-8');
    // The link was there for the click only.
    expect(container.querySelector('a[download]')).toBeNull();
    // With the wijken shown, the file holds the wijken and the municipality.
    choose(byLabel(container, 'Toon per'), 'wijk');
    click(buttonNamed(container, 'Download tabel (CSV)'));
    expect(clicked[1].download).toBe('kinderwerk-cijfers-wijken-almere-2026-12-07.csv');
  });
});
