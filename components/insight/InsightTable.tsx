/**
 * All buurten (or wijken) with every figure, as a real table: a caption, column headers
 * that sort (a button in each, with aria-sort on the header), the area's name as the
 * row header, and the whole municipality in the footer. Each column header points to its
 * one-line explanation under the table (aria-describedby). After a sort a polite status
 * says the new order, since aria-sort alone is not read out when it changes. On a phone
 * the table scrolls sideways inside a labelled region the keyboard can reach.
 *
 *   <InsightTable areas={insight.buurten} total={insight.gemeente} level="buurt" notesId={id} />
 */
import { useId, useMemo, useState } from 'preact/hooks';
import type { AgeRange } from '../../lib/feed/schema';
import type { Formatter, Messages } from '../../lib/i18n';
import { INSIGHT_MEASURES, type AreaInsight, type InsightMeasure } from '../../lib/insight/types';
import { useApp, useFeedLang, useFormat, useText } from '../AppContext';
import { childrenLabel, sameAgeBand } from './age-band';
import { figureText, measureValue } from './figures';
import { BY_NAME, nextOrder, sortAreas, type SortKey, type SortOrder } from './sort-areas';

export interface InsightTableProps {
  areas: readonly AreaInsight[];
  /** The whole municipality, as the table's last row. */
  total: AreaInsight;
  level: 'buurt' | 'wijk';
  /** Prefix of the ids of the measures' explanations (MeasureNotes), for aria-describedby. */
  notesId: string;
}

export function InsightTable({ areas, total, level, notesId }: InsightTableProps) {
  const app = useApp();
  const text = useText();
  const format = useFormat();
  const captionId = useId();
  // Buurt names are the feed's words: a Dutch name under an English table is read with a Dutch voice.
  const feedLang = useFeedLang();
  const [order, setOrder] = useState<SortOrder>(BY_NAME);
  // Empty until the reader sorts: the first order is not news.
  const [sortedBy, setSortedBy] = useState('');
  const chosen = app.criteria.value.area;
  // One age band for every row goes in the header; otherwise each cell says its own.
  const sharedAges = useMemo(() => sameAgeBand([...areas, total]), [areas, total]);
  const caption = text.insight.caption(level, total.name);
  // Rows made once and reused in every order: sorting a city's 500 buurten then only moves them.
  const rowOf = useMemo(
    () => new Map(areas.map((area) => [area.code, (
      <tr key={area.code} data-code={area.code} class={area.code === chosen ? 'kwk-insight-table__chosen' : undefined}>
        <th scope="row" lang={feedLang}>{area.name}</th>
        {INSIGHT_MEASURES.map((measure) => figureCell(area, measure, sharedAges, text, format))}
      </tr>
    )])),
    [areas, chosen, sharedAges, text, format, feedLang],
  );
  const rows = useMemo(() => sortAreas(areas, order, app.lang.value), [areas, order, app.lang.value]);

  const header = (key: SortKey, label: string) => {
    const sorted = order.key === key ? order.direction : undefined;
    return (
      <th key={key} scope="col" aria-sort={sorted} class={key === 'name' ? 'kwk-insight-table__name' : undefined}>
        <button
          type="button"
          class="kwk-insight-table__sort"
          aria-describedby={key === 'name' ? undefined : `${notesId}-${key}`}
          onClick={() => {
            const next = nextOrder(order, key);
            setOrder(next);
            setSortedBy(text.insight.sorted(label, next.direction, key === 'name'));
          }}
        >
          {label}
          <span class="kwk-insight-table__arrow" aria-hidden="true">{sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
        </button>
      </th>
    );
  };
  const label = (measure: InsightMeasure) =>
    measure === 'children' ? childrenLabel(sharedAges, text, format) : text.insight.measures[measure];

  return (
    <>
      <p role="status" class="kwk-visually-hidden">{sortedBy}</p>
      <div class="kwk-insight-table" role="region" aria-label={text.insight.scrollRegion(caption)} tabIndex={0}>
        <table aria-describedby={`${notesId}-hint`}>
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              {header('name', text.insight.area[level])}
              {INSIGHT_MEASURES.map((measure) => header(measure, label(measure)))}
            </tr>
          </thead>
          <tbody>
            {rows.map((area) => rowOf.get(area.code))}
          </tbody>
          <tfoot>
            <tr data-code={total.code}>
              <th scope="row">{text.insight.wholeMunicipality(total.name)}</th>
              {INSIGHT_MEASURES.map((measure) => figureCell(total, measure, sharedAges, text, format))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** One figure of one area: as the reader sees it, with the plain number beside it for scripts that read the table. */
function figureCell(area: AreaInsight, measure: InsightMeasure, sharedAges: AgeRange | undefined, text: Messages, format: Formatter) {
  const shown = figureText(area, measure, text, format);
  const value = measure === 'children' && !sharedAges && area.childrenAges && area.children !== null
    ? text.insight.childrenWithAges(shown, format.ageRange(area.childrenAges))
    : shown;
  const number = measureValue(area, measure);
  return (
    <td key={measure} data-value={number ?? undefined} class={number === null && measure !== 'fte' ? 'kwk-insight-table__unknown' : undefined}>
      {value}
    </td>
  );
}
