/**
 * What a build gave: the Download button, what is in the feed (kept and left out
 * per kind, as feed:check counts), the errors and warnings apart with file, row
 * and column, the same report as text the command line prints, and the preview.
 */
import type { FeedCounts } from '../../../lib/feed/model';
import type { Lang } from '../../../lib/i18n/language';
import { countBySeverity, sortProblems } from '../../../lib/interop/import-problem';
import { siteText } from '../../../lib/site/i18n';
import type { PublishMessages } from '../../../lib/site/i18n/publish-nl';
import type { PublishOutcome } from '../../../lib/site/publish/build-feed';
import { DownloadFeed } from './DownloadFeed';
import { FeedPreview } from './FeedPreview';
import { ProblemTable } from './ProblemTable';

/** The sentence that says how the build went; also announced by the page's live region. */
export function outcomeSummary(m: PublishMessages, outcome: PublishOutcome): string {
  const { errors, warnings } = countBySeverity(outcome.problems);
  if (!outcome.feed) return m.resultNone(errors);
  return errors + warnings === 0 ? m.resultClean : m.resultWithProblems(errors, warnings);
}

function KeptTable({ m, counts }: { m: PublishMessages; counts: FeedCounts }) {
  const rows = [
    ['activities', m.kindActivities],
    ['huiskamers', m.kindHuiskamers],
    ['contacts', m.kindContacts],
    ['stories', m.kindStories],
    ['locations', m.kindLocations],
    ['organizations', m.kindOrganizations],
    ['buurten', m.kindAreasBuurten],
    ['wijken', m.kindAreasWijken],
  ] as const;
  return (
    <div class="kwk-publish__table-wrap" role="region" aria-label={m.keptTitle} tabIndex={0}>
      <table class="kwk-publish__kept">
        <caption>{m.keptTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{m.keptKind}</th>
            <th scope="col">{m.keptCount}</th>
            <th scope="col">{m.droppedCount}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([kind, label]) => (
            <tr key={kind}>
              <th scope="row">{label}</th>
              <td class="kwk-publish__cell-number">{counts[kind].kept}</td>
              <td class="kwk-publish__cell-number">{counts[kind].dropped}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {counts.contactsWithoutConsent > 0 && <p class="kwk-publish__hint">{m.withoutConsent(counts.contactsWithoutConsent)}</p>}
    </div>
  );
}

export function PublishReport({ outcome, lang }: { outcome: PublishOutcome; lang: Lang }) {
  const m = siteText(lang).publish;
  const sorted = sortProblems(outcome.problems);
  const errors = sorted.filter((p) => p.severity === 'error');
  const warnings = sorted.filter((p) => p.severity === 'warning');
  return (
    <>
      {outcome.feed && <DownloadFeed feed={outcome.feed} label={m.download} hint={m.downloadHint} />}
      {outcome.counts && <KeptTable m={m} counts={outcome.counts} />}
      <ProblemTable lang={lang} title={m.errorsTitle(errors.length)} problems={errors} severity="error" />
      <ProblemTable lang={lang} title={m.warningsTitle(warnings.length)} problems={warnings} severity="warning" />
      {sorted.length > 0 && <p class="kwk-publish__hint">{m.reasonsInEnglish}</p>}
      <details class="kwk-publish__text-report">
        <summary>{m.textReport}</summary>
        {/* Focusable: long lines scroll sideways, and the keyboard must reach them too. */}
        <pre class="kwk-publish__lines" tabIndex={0}>{outcome.lines.join('\n')}</pre>
      </details>
      {outcome.feed && (
        <section class="kwk-publish__preview" aria-labelledby="kwk-preview-title">
          <h3 id="kwk-preview-title">{m.previewTitle}</h3>
          <p class="kwk-publish__hint">{m.previewHint}</p>
          <FeedPreview feed={outcome.preview ?? outcome.feed} lang={lang} />
        </section>
      )}
    </>
  );
}
