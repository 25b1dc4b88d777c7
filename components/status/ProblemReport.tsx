/**
 * A quiet, folded report for the publisher: how many records had problems and
 * what they were. Parents can ignore it; a publisher opens it to fix the feed.
 * Reasons are the validator's plain English, shown as text.
 */
import type { FeedProblem } from '../../lib/feed/model';
import { useText } from '../AppContext';

const SHOWN = 20;

export function ProblemReport({ problems }: { problems: readonly FeedProblem[] }) {
  const text = useText();
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN);
  return (
    <details class="kwk-problems kwk-no-print">
      <summary class="kwk-problems__summary">{text.status.problemsSummary(problems.length)}</summary>
      <ul class="kwk-problems__list">
        {shown.map((problem, i) => (
          <li key={`${problem.path}-${i}`}>
            <code>{problem.path}</code>
            {problem.id ? ` (${problem.id})` : ''}: {problem.reason}{' '}
            <span class="kwk-problems__severity">
              [{problem.severity === 'error' ? text.status.problemLeftOut : text.status.problemPartlyUsed}]
            </span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{text.status.problemsMore(problems.length - SHOWN)}</p>}
    </details>
  );
}
