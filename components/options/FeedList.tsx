/**
 * The feeds the extension follows, one card each: municipality, address, when it
 * was fetched, how the last update went, how many errors the feed had, and a
 * button to remove it.
 */
import type { FeedOverviewRow } from '../../lib/extension/feed-overview';
import type { Formatter, Messages } from '../../lib/i18n';
import { WidgetPageField } from './WidgetPageField';

export interface FeedListProps {
  rows: readonly FeedOverviewRow[];
  text: Messages;
  format: Formatter;
  /** Disables the remove buttons while something else runs. */
  busy: boolean;
  onRemove(url: string, name: string): void;
  /** Per feed address: the municipality's page with the widget, when known. */
  widgetPages: ReadonlyMap<string, string | undefined>;
  onSaveWidgetPage(url: string, page: string | undefined): Promise<void>;
}

function feedDisplayName(row: Pick<FeedOverviewRow, 'name' | 'url'>): string {
  if (row.name) return row.name;
  try {
    return new URL(row.url).hostname || row.url;
  } catch {
    return row.url;
  }
}

export function FeedList({ rows, ...card }: FeedListProps) {
  const { text } = card;
  if (rows.length === 0) return <p class="kwk-options__empty">{text.extension.noFeedsYet}</p>;
  return (
    <ul class="kwk-options-feeds">
      {rows.map((row) => (
        <FeedCard key={row.url} row={row} {...card} />
      ))}
    </ul>
  );
}

function FeedCard({ row, text, format, busy, onRemove, widgetPages, onSaveWidgetPage }: Omit<FeedListProps, 'rows'> & { row: FeedOverviewRow }) {
  const name = feedDisplayName(row);
  const when = (iso: string) => format.dateTime(new Date(iso));
  const health = row.health;
  return (
    <li class="kwk-options-feed">
      <div class="kwk-options-feed__body">
        <h3 class="kwk-options-feed__name">
          {name}
          {row.example && <span class="kwk-badge kwk-badge--sign-up kwk-options-feed__badge">{text.app.exampleData}</span>}
        </h3>
        <p class="kwk-options-feed__url">{row.url}</p>
        <ul class="kwk-options-feed__facts">
          <li>{row.fetchedAt ? text.options.fetchedAt(when(row.fetchedAt)) : text.options.notFetched}</li>
          {health && (
            <li class={health.ok ? undefined : 'kwk-options-feed__failed'}>
              {health.ok
                ? text.options.refreshOk(when(health.checkedAt))
                : text.options.refreshFailed(when(health.checkedAt), text.feedFailures[health.failure?.code ?? 'http-error'])}
            </li>
          )}
          {row.problemCount !== undefined && <li>{text.options.problems(row.problemCount)}</li>}
        </ul>
        <WidgetPageField text={text} value={widgetPages.get(row.url)} busy={busy} onSave={(page) => onSaveWidgetPage(row.url, page)} />
      </div>
      <button type="button" class="kwk-button kwk-button--secondary kwk-options-feed__remove" disabled={busy} onClick={() => onRemove(row.url, name)}>
        {text.extension.removeFeed(name)}
      </button>
    </li>
  );
}
