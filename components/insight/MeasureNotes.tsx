/**
 * One line in plain words under every figure of the table: what it counts and where it
 * comes from. Each explanation has an id the table's column header points to.
 *
 *   <MeasureNotes id={notesId} />   // ids `${id}-children`, `${id}-hoursPerWeek`, …
 */
import { INSIGHT_MEASURES } from '../../lib/insight/types';
import { useText } from '../AppContext';

export function MeasureNotes({ id }: { id: string }) {
  const text = useText();
  return (
    <div class="kwk-insight-notes">
      <p id={`${id}-hint`} class="kwk-insight-notes__hint">
        {/* Paper has no buttons to sort by. */}
        <span class="kwk-no-print">{text.insight.sortHint} </span>
        {text.insight.smallNote} {text.insight.unknownNote}
      </p>
      <dl class="kwk-insight-notes__list">
        {INSIGHT_MEASURES.map((measure) => (
          <div key={measure} class="kwk-insight-notes__item">
            <dt>{text.insight.measures[measure]}</dt>
            <dd id={`${id}-${measure}`}>{text.insight.explain[measure]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
