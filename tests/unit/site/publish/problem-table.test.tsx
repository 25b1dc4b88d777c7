// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProblemTable } from '../../../../components/site/publish/ProblemTable';
import { siteText } from '../../../../lib/site/i18n';

const nl = siteText('nl').publish;

afterEach(() => {
  document.body.innerHTML = '';
});

function table(problems: Parameters<typeof ProblemTable>[0]['problems']): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(<ProblemTable lang="nl" title="Fouten" severity="error" problems={problems} />, container);
  return container;
}

const headers = (container: HTMLElement) => [...container.querySelectorAll('th')].map((th) => th.textContent);

describe('the builder\'s problem table', () => {
  it('keeps the exact English text, marked as English, with its Dutch meaning beside it', () => {
    const reason = '"6 tot" is not an age range; write it as 6 t/m 12 or 6 tot 12 (both ages included), or vanaf 6. This row was left out';
    const container = table([{ severity: 'error', file: 'activiteiten.csv', row: 3, column: 'leeftijd', reason }]);
    expect(headers(container)).toEqual([nl.columnFile, nl.columnRow, nl.columnColumn, nl.columnProblem, nl.columnMeaning]);
    const cells = [...container.querySelectorAll('td')];
    expect(cells.map((cell) => cell.textContent)).toEqual(['activiteiten.csv', '3', 'leeftijd', reason, nl.meanings.age]);
    expect(cells[3].lang).toBe('en');
  });

  it('has no meaning column when no problem has a known meaning', () => {
    const container = table([{ severity: 'error', path: 'contents[0]', id: 'svc-1', reason: 'service has no name. This service was left out' }]);
    expect(headers(container)).toEqual([nl.columnPlace, nl.columnProblem]);
  });
});
