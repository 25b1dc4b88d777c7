/**
 * Where provision falls short, in sentences: buurten with many children and little on
 * offer, and huiskamers with a long waiting list (lib/insight decides what counts).
 */
import type { Gap } from '../../lib/insight/types';
import { useFormat, useText } from '../AppContext';
import { Heading } from '../ui/Heading';
import { numberText } from './figures';

export function GapList({ gaps }: { gaps: readonly Gap[] }) {
  const text = useText();
  const format = useFormat();
  const line = (gap: Gap) => {
    if (gap.kind === 'little-provision') {
      return text.insight.gapLittleProvision(
        gap.name,
        numberText(gap.children, 'children', text, format),
        format.number(gap.hoursPerWeek, 1),
        format.number(gap.placesPerDay),
      );
    }
    const sentence = text.insight.gapLongWaitingList(gap.name, numberText(gap.waitingList, 'waitingList', text, format), format.number(gap.placesPerDay));
    return gap.expectedWeeks === undefined ? sentence : sentence + text.insight.gapExpectedWeeks(gap.expectedWeeks);
  };
  return (
    <section class="kwk-insight-section" aria-labelledby="kwk-insight-gaps">
      <Heading depth={2} id="kwk-insight-gaps">{text.insight.gapsTitle}</Heading>
      {gaps.length === 0 ? (
        <p>{text.insight.gapsNone}</p>
      ) : (
        <ul class="kwk-insight-section__list">
          {gaps.map((gap) => <li key={gap.kind === 'little-provision' ? gap.code : gap.huiskamerId}>{line(gap)}</li>)}
        </ul>
      )}
    </section>
  );
}
