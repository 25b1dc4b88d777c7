/**
 * The key figures of the buurt or wijk a kinderwerker looks up, for conversations with
 * the municipality: children in the age band, huiskamer places per day, the waiting
 * list and the children reached. The same figures and wording as the widget's
 * "Cijfers" view (components/insight), from the same computation.
 */
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

  return (
    <section class="kwk-section kwk-popup-figures" aria-labelledby="kwk-popup-figures-title">
      <Heading depth={2} id="kwk-popup-figures-title" class="kwk-section__title">{text.insight.figuresTitle(area.name)}</Heading>
      <dl class="kwk-summary__figures">
        {KEY_FIGURES.map((measure) => {
          const value = figureText(area, measure, text, format);
          return (
            <div key={measure} class="kwk-summary__figure">
              <dt>{label(measure)}</dt>
              <dd class={value === text.insight.unknown ? 'kwk-summary__unknown' : undefined}>{value}</dd>
            </div>
          );
        })}
      </dl>
      <p class="kwk-popup-figures__source">{text.insight.dated(format.date(insight.generatedAt, { withYear: true }))}</p>
    </section>
  );
}
