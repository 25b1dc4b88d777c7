// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { InsightTable } from '../../../components/insight/InsightTable';
import { MeasureNotes } from '../../../components/insight/MeasureNotes';
import { insightFixture } from '../../fixtures/insight';
import { readyApp } from './fixture';
import { buttonNamed, click, mount } from './render';

const insight = insightFixture();
let unmount: () => void = () => undefined;
afterEach(() => unmount());

function table(level: 'buurt' | 'wijk' = 'buurt') {
  const app = readyApp();
  const view = mount(
    <>
      <InsightTable areas={level === 'wijk' ? insight.wijken : insight.buurten} total={insight.gemeente} level={level} notesId="notes" />
      <MeasureNotes id="notes" />
    </>,
    app,
  );
  unmount = view.unmount;
  return view.container;
}

const rowNames = (container: HTMLElement) => [...container.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent);
const column = (container: HTMLElement, header: string) => {
  const headers = [...container.querySelectorAll('thead th')];
  const index = headers.findIndex((th) => th.textContent?.startsWith(header));
  if (index < 0) throw new Error(`no column ${header}`);
  return [...container.querySelectorAll('tbody tr')].map((row) => row.children[index].textContent);
};
const sortButton = (container: HTMLElement, header: string) => buttonNamed(container, new RegExp(`^${header}`));

describe('the table of figures per buurt', () => {
  it('is a real table: a caption, column headers, one row per buurt named in its row header, the municipality last', () => {
    const container = table();
    expect(container.querySelector('caption')?.textContent).toBe('Kinderwerk per buurt in Almere');
    expect(container.querySelectorAll('thead th[scope="col"]')).toHaveLength(13);
    expect(rowNames(container)).toEqual(['Filmwijk', 'Muziekwijk Noord', 'Stripheldenbuurt']);
    expect(container.querySelector('tfoot th[scope="row"]')?.textContent).toBe('Hele gemeente Almere');
  });

  it('lets the keyboard reach the table where it scrolls sideways, with a name', () => {
    const region = table().querySelector('[role="region"]');
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.getAttribute('aria-label')).toBe('Kinderwerk per buurt in Almere, schuif opzij voor meer kolommen');
  });

  it('says the age band once in the header when every area counts children of the same ages', () => {
    expect(column(table(), 'Kinderen (4 tot 12 jaar)')).toEqual(['480', 'onbekend', '< 5']);
  });

  it('shows counts of children below 5 as "< 5" and a figure the data does not have as "onbekend", never as 0', () => {
    const container = table();
    expect(column(container, 'Ingeschreven')).toEqual(['36', 'onbekend', '< 5']);
    expect(column(container, 'Wachtlijst')).toEqual(['12', 'onbekend', '< 5']);
    expect(column(container, 'Bereik')).toEqual(['130', 'onbekend', '< 5']);
    expect(column(container, 'Plekken per 1.000 kinderen')).toEqual(['41,7', 'onbekend', 'onbekend']);
    expect(container.querySelectorAll('.kwk-insight-table__unknown').length).toBeGreaterThan(0);
  });

  it('gives kinderwerkers in FTE where published, else the known faces', () => {
    expect(column(table(), 'Kinderwerkers')).toEqual(['1,5 fte', '0 bekende gezichten', '1 bekend gezicht']);
  });

  it('shows hours per week with at most one decimal and shares as percentages', () => {
    const container = table();
    expect(column(container, 'Uren per week')).toEqual(['12,5', '0', '2']);
    expect(column(container, 'Gratis')).toEqual(['75%', 'onbekend', '100%']);
  });

  it('sorts by a column, largest first, then the other way, with unknown figures last both ways', () => {
    const container = table();
    const header = () => sortButton(container, 'Kinderen').closest('th');
    expect(header()?.getAttribute('aria-sort')).toBeNull();
    expect(container.querySelector('thead th')?.getAttribute('aria-sort')).toBe('ascending');
    click(sortButton(container, 'Kinderen'));
    expect(header()?.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames(container)).toEqual(['Filmwijk', 'Stripheldenbuurt', 'Muziekwijk Noord']);
    click(sortButton(container, 'Kinderen'));
    expect(header()?.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames(container)).toEqual(['Stripheldenbuurt', 'Filmwijk', 'Muziekwijk Noord']);
    // The name column gave up its order.
    expect(container.querySelector('thead th')?.getAttribute('aria-sort')).toBeNull();
  });

  it('explains every figure in one line, and each column header points to its line', () => {
    const container = table();
    const button = sortButton(container, 'Wachtdruk');
    const note = container.querySelector(`[id="${button.getAttribute('aria-describedby')}"]`);
    expect(note?.textContent).toBe('De wachtlijst gedeeld door de plekken per dag. Hoe hoger, hoe langer kinderen wachten.');
    expect(container.querySelectorAll('.kwk-insight-notes dd')).toHaveLength(12);
  });

  it('has a row per wijk at the wijk level', () => {
    const container = table('wijk');
    expect(container.querySelector('caption')?.textContent).toBe('Kinderwerk per wijk in Almere');
    expect(rowNames(container)).toEqual(['Almere Stad West']);
    expect(container.querySelector('thead th')?.textContent).toContain('Wijk');
  });
});
