/**
 * The problem report of a feed just added, for whoever publishes it: where
 * (path and record id) and what is wrong. Open by default, unlike the quiet
 * report in the widget: on the options page the publisher is the reader.
 */
import type { FeedProblem } from '../../lib/feed/model';
import type { Messages } from '../../lib/i18n';

const SHOWN = 50;

export function FeedProblemList({ problems, text }: { problems: readonly FeedProblem[]; text: Messages }) {
  if (problems.length === 0) return null;
  const shown = problems.slice(0, SHOWN);
  return (
    <details class="kwk-options-problems" open>
      <summary class="kwk-options-problems__summary">{text.extension.problemReport} ({problems.length})</summary>
      <ul class="kwk-options-problems__list">
        {shown.map((problem, i) => (
          <li key={`${problem.path}-${i}`} class="kwk-options-problem">
            <span class="kwk-options-problem__where">
              {text.extension.problemAt(problem.path)}
              {problem.id && <> · <code>{problem.id}</code></>}
              {' · '}
              {problem.severity === 'error' ? text.status.problemLeftOut : text.status.problemPartlyUsed}
            </span>
            <span class="kwk-options-problem__reason">{problem.reason}</span>
          </li>
        ))}
      </ul>
      {problems.length > SHOWN && <p>{text.options.problemsShown(SHOWN, problems.length)}</p>}
    </details>
  );
}
