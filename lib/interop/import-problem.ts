/**
 * One thing an import could not take over, said so the publisher can find it in
 * their own source: a spreadsheet file, row and column, or a path and id in an
 * HSDS or OpenActive document. The reason says what is wrong and what to do.
 *
 *   formatProblem({ severity: 'error', file: 'activiteiten.csv', row: 4, column: 'leeftijd',
 *                   reason: '"6 tot" is not an age range; write it as 6 t/m 12' });
 *   // 'error   activiteiten.csv row 4, column "leeftijd": "6 tot" is not an age range; write it as 6 t/m 12'
 */

export interface ImportProblem {
  /** `error`: the record was left out. `warning`: the record came through, the named part was changed or ignored. */
  severity: 'error' | 'warning';
  /** Spreadsheet sources: the file name. */
  file?: string;
  /** Spreadsheet sources: the row number as the spreadsheet shows it (the header is row 1). */
  row?: number;
  /** Spreadsheet sources: the column header as written in the file. */
  column?: string;
  /** JSON sources: where in the source document, e.g. `contents[2].schedules[0].byday`. */
  path?: string;
  /** JSON sources: the id of the source record. */
  id?: string;
  reason: string;
}

/** Where a problem is, in words: `activiteiten.csv row 4, column "leeftijd"` or `services[2] (id svc-1)`. */
export function problemPlace(problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.file) parts.push(problem.file);
  if (problem.row !== undefined) parts.push(`row ${problem.row}`);
  const csvPlace = parts.join(' ');
  const column = problem.column ? `column "${problem.column}"` : '';
  const json = [problem.path, problem.id ? `(id ${problem.id})` : ''].filter(Boolean).join(' ');
  return [csvPlace, column, json].filter(Boolean).join(', ');
}

export function formatProblem(problem: ImportProblem): string {
  const place = problemPlace(problem);
  return `${problem.severity.padEnd(7)} ${place ? `${place}: ` : ''}${problem.reason}`;
}

/** Problems in the order a publisher works through them: by file, row, then path. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.path ?? '').localeCompare(b.path ?? '', 'en', { numeric: true }),
  );
}

export function countBySeverity(problems: readonly ImportProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/**
 * Takes over one source record. Should that fail on something no check foresaw,
 * the record is reported as left out and the import goes on with the others:
 * one strange record never costs the whole feed.
 */
export function takeOrReport(take: () => void, report: (reason: string) => void): void {
  try {
    take();
  } catch (error) {
    const why = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    report(`this record could not be read (${why}); it was left out`);
  }
}
