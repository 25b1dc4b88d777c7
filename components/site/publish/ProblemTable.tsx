/**
 * One severity of the builder's problems as a table: file, row and column for a
 * spreadsheet, place (path and id) for JSON, and what is wrong. Only the columns
 * some problem has are shown. In the order the command line prints them. The
 * problem's text is the feed tools' own (English), marked as English, with what it
 * means in short in the page's language beside it (lib/site/publish/problem-meaning.ts).
 */
import type { ImportProblem } from '../../../lib/interop/import-problem';
import type { Lang } from '../../../lib/i18n/language';
import { siteText } from '../../../lib/site/i18n';
import { problemMeaning } from '../../../lib/site/publish/problem-meaning';

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
  const meaningText = (reason: string) => {
    const meaning = problemMeaning(reason);
    return meaning && m.meanings[meaning];
  };
  const has = (pick: (problem: ImportProblem) => unknown) => problems.some((problem) => Boolean(pick(problem)));
  const columns = {
    file: has((p) => p.file),
    row: has((p) => p.row !== undefined),
    column: has((p) => p.column),
    place: has(jsonPlace),
    meaning: has((p) => problemMeaning(p.reason)),
  };
  return (
    // A table wider than the page scrolls on its own; focusable, so the keyboard can scroll it too.
    <div class="kwk-publish__table-wrap" role="region" aria-label={title} tabIndex={0}>
      {/* The roles keep it a table for screen readers when a phone lays it out as blocks (data-label shows each header there). */}
      <table role="table" class={`kwk-publish__problems kwk-publish__problems--${severity}`}>
        <caption>{title}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {columns.file && <th role="columnheader" scope="col">{m.columnFile}</th>}
            {columns.row && <th role="columnheader" scope="col">{m.columnRow}</th>}
            {columns.column && <th role="columnheader" scope="col">{m.columnColumn}</th>}
            {columns.place && <th role="columnheader" scope="col">{m.columnPlace}</th>}
            <th role="columnheader" scope="col">{m.columnProblem}</th>
            {columns.meaning && <th role="columnheader" scope="col">{m.columnMeaning}</th>}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {problems.map((problem, i) => (
            <tr key={i} role="row">
              {columns.file && <td role="cell" class="kwk-publish__cell-file">{problem.file}</td>}
              {columns.row && <td role="cell" class="kwk-publish__cell-number" data-label={m.columnRow}>{problem.row}</td>}
              {columns.column && <td role="cell" class="kwk-publish__cell-file" data-label={m.columnColumn}>{problem.column}</td>}
              {columns.place && <td role="cell" class="kwk-publish__cell-place">{jsonPlace(problem)}</td>}
              <td role="cell" class="kwk-publish__cell-reason" lang="en">{problem.reason}</td>
              {columns.meaning && <td role="cell" class="kwk-publish__cell-meaning" data-label={m.columnMeaning}>{meaningText(problem.reason)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
