/**
 * What the feed tools print when they finish, and their exit code, the same way
 * `npm run feed:check` does: 0 the feed is complete, 1 the feed was written but
 * some records or fields were left out or changed (see the problems), 2 no feed
 * could be made.
 *
 *   const { lines, exitCode } = importReport(result, 'feed.json');
 *   lines.forEach((line) => console.log(line));
 *   process.exitCode = exitCode; // as scripts/feed-import.ts does
 */
import { RECORD_KINDS } from '../feed/schema';
import type { ImportResult } from './finish-import';
import { countBySeverity, formatProblem, sortProblems } from './import-problem';

export type ExitCode = 0 | 1 | 2;

export function exitCodeOf(result: ImportResult): ExitCode {
  if (!result.feed) return 2;
  return result.problems.length > 0 ? 1 : 0;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function importReport(result: ImportResult, outFile: string): { lines: string[]; exitCode: ExitCode } {
  const lines = sortProblems(result.problems).map(formatProblem);
  const { errors, warnings } = countBySeverity(result.problems);
  const exitCode = exitCodeOf(result);
  if (lines.length > 0) lines.push('');
  if (!result.feed) {
    lines.push(`No feed written: ${plural(errors, 'error')} above must be fixed first.`);
    return { lines, exitCode };
  }
  const feed = result.feed;
  const counts = RECORD_KINDS.map((kind) => `${Array.isArray(feed[kind]) ? (feed[kind] as unknown[]).length : 0} ${kind}`).join(', ');
  lines.push(`Wrote ${outFile}: ${counts}.`);
  lines.push(
    errors + warnings === 0
      ? 'No problems.'
      : `${plural(errors, 'error')} (records left out), ${plural(warnings, 'warning')} (records kept, a part changed or ignored).`,
  );
  return { lines, exitCode };
}
