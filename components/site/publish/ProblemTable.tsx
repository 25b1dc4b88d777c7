/**
 * One severity of the builder's problems as a table: file, row and column for a
 * spreadsheet, place (path and id) for JSON, and what is wrong. Only the columns
 * some problem has are shown. In the order the command line prints them.
 */
import type { ImportProblem } from '../../../lib/interop/import-problem';
import type { Lang } from '../../../lib/i18n/language';
import { siteText } from '../../../lib/site/i18n';

interface ProblemTableProps {
  lang: Lang;
  title: string;
  problems: readonly ImportProblem[];
  severity: ImportProblem['severity'];
}

const jsonPlace = (problem: ImportProblem) => [problem.path, problem.id ? `(id ${problem.id})` : ''].filter(Boolean).join(' ');

export function ProblemTable({ lang, title, problems, severity }: ProblemTableProps) {
  if (problems.length === 0) return null;
  const m = siteText(lang).publish;
  const has = (pick: (problem: ImportProblem) => unknown) => problems.some((problem) => Boolean(pick(problem)));
  const columns = {
    file: has((p) => p.file),
    row: has((p) => p.row !== undefined),
    column: has((p) => p.column),
    place: has(jsonPlace),
  };
  return (
    // A wide table scrolls on its own on a phone; it can then be scrolled with the keyboard too.
    <div class="kwk-publish__table-wrap" role="region" aria-label={title} tabIndex={0}>
      <table class={`kwk-publish__problems kwk-publish__problems--${severity}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.file && <th scope="col">{m.columnFile}</th>}
            {columns.row && <th scope="col">{m.columnRow}</th>}
            {columns.column && <th scope="col">{m.columnColumn}</th>}
            {columns.place && <th scope="col">{m.columnPlace}</th>}
            <th scope="col">{m.columnProblem}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, i) => (
            <tr key={i}>
              {columns.file && <td class="kwk-publish__cell-file">{problem.file}</td>}
              {columns.row && <td class="kwk-publish__cell-number">{problem.row}</td>}
              {columns.column && <td>{problem.column}</td>}
              {columns.place && <td class="kwk-publish__cell-file">{jsonPlace(problem)}</td>}
              <td>{problem.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
