/**
 * The key figures of the buurt or wijk a kinderwerker looks up, for conversations with
 * the municipality: children in the age band, huiskamer places per day, the waiting
 * list and the children reached. The same figures and wording as the widget's
 * "Cijfers" view (components/insight), from the same computation. A "< 5" or "onbekend"
 * among them comes with the view's one-line note on what it means, as the popup has no
 * table notes to look it up in.
 */
import { SMALL_COUNT_TEXT } from '../../lib/insight/small-count';
import type { Insight } from '../../lib/insight/types';
import { useFormat, useText } from '../AppContext';
import { childrenLabel } from '../insight/age-band';
import { figureText } from '../insight/figures';
import { Heading } from '../ui/Heading';

const KEY_FIGURES = ['children', 'placesPerDay', 'waitingList', 'reachChildren'] as const;

export function AreaFigures({ insight, code }: { insight: Insight; code: string }) {
  const text = useText();
  const format = useFormat();
  const area = [...insight.buurten, ...insight.wijken].find((candidate) => candidate.code === code);
  if (!area) return null;
  const label = (measure: (typeof KEY_FIGURES)[number]) =>
    measure === 'children' ? childrenLabel(area.childrenAges, text, format) : text.insight.measures[measure];
  const values = KEY_FIGURES.map((measure) => figureText(area, measure, text, format));

  return (
    <section class="kwk-section kwk-popup-figures" aria-labelledby="kwk-popup-figures-title">
      <Heading depth={2} id="kwk-popup-figures-title" class="kwk-section__title">{text.insight.figuresTitle(area.name)}</Heading>
      <dl class="kwk-summary__figures">
        {KEY_FIGURES.map((measure, index) => {
          const value = values[index];
          return (
            <div key={measure} class="kwk-summary__figure">
              <dt>{label(measure)}</dt>
              <dd class={value === text.insight.unknown ? 'kwk-summary__unknown' : undefined}>{value}</dd>
            </div>
          );
        })}
      </dl>
      {values.includes(SMALL_COUNT_TEXT) && <p class="kwk-popup-figures__source">{text.insight.smallNote}</p>}
      {values.includes(text.insight.unknown) && <p class="kwk-popup-figures__source">{text.insight.unknownNote}</p>}
      <p class="kwk-popup-figures__source">{text.insight.dated(format.date(insight.generatedAt, { withYear: true }))}</p>
    </section>
  );
}
