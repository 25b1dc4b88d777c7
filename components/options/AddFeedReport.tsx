/**
 * What happened when a feed was added: added (with counts and the problem
 * report), or why not, and what the missing permission means. Receives focus
 * when it appears, so keyboard and screen reader users land on the answer.
 */
import type { Ref } from 'preact';
import type { AddFeedOutcome } from '../../lib/extension/add-feed';
import type { Messages } from '../../lib/i18n';
import { FeedProblemList } from './FeedProblemList';

export type AddReport =
  | { kind: 'outcome'; outcome: AddFeedOutcome }
  /** `name`: the feed in the list that has this address. */
  | { kind: 'already-added'; name: string };

export interface AddFeedReportProps {
  report: AddReport;
  text: Messages;
  reportRef: Ref<HTMLDivElement>;
}

export function AddFeedReport({ report, text, reportRef }: AddFeedReportProps) {
  const failed = report.kind === 'already-added' || report.outcome.status !== 'added';
  return (
    <div ref={reportRef} tabIndex={-1} class={`kwk-notice kwk-options-report ${failed ? 'kwk-notice--error' : 'kwk-options-report--ok'}`}>
      {report.kind === 'already-added' ? <p class="kwk-notice__title">{text.extension.feedAlreadyAdded(report.name)}</p> : <OutcomeReport outcome={report.outcome} text={text} />}
    </div>
  );
}

function OutcomeReport({ outcome, text }: { outcome: AddFeedOutcome; text: Messages }) {
  const m = text.options;
  const refused = outcome.permission === 'refused' || outcome.permission === 'failed';
  if (outcome.status === 'failed') {
    return (
      <>
        <p class="kwk-notice__title">{text.extension.feedFailed}</p>
        <p>{text.feedFailures[outcome.failure.code]}</p>
        {refused && <p>{m.permissionRefusedAndFailed}</p>}
        {outcome.whenAllowed && <p>{m.permissionWaitingToRetry}</p>}
        <p class="kwk-options-report__detail">{m.technicalDetail(outcome.failure.message)}</p>
      </>
    );
  }
  if (outcome.status === 'not-saved') return <p class="kwk-notice__title">{m.saveFailed}</p>;
  if (outcome.status === 'already-added') return <p class="kwk-notice__title">{text.extension.feedAlreadyAdded(outcome.name)}</p>;
  const { data, problems, counts } = outcome.feed;
  const name = data.meta.municipality.name;
  return (
    <>
      <p class="kwk-notice__title">
        {problems.length ? text.extension.feedAddedWithProblems(name, problems.length) : text.extension.feedAdded(name)}
      </p>
      <p>{m.counts(counts.activities.kept, counts.huiskamers.kept, counts.contacts.kept, counts.buurten.kept)}</p>
      {outcome.saveFailure && <p>{m.notSavedOffline}</p>}
      {refused && <p>{m.permissionRefusedButLoaded}</p>}
      {outcome.permission === 'pending' && <p>{m.permissionWaiting}</p>}
      <FeedProblemList problems={problems} text={text} />
    </>
  );
}
