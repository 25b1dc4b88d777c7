/**
 * Where provision falls short, in sentences: buurten with many children and little on
 * offer, and huiskamers with a long waiting list (lib/insight decides what counts). Each
 * kind under its own heading with one line on when a buurt or huiskamer is listed, so a
 * reader can tell the two apart and weigh them.
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
  const kind = (title: string, intro: string, listed: readonly Gap[]) => listed.length > 0 && (
    <>
      <Heading depth={3} class="kwk-insight-section__subtitle">{title}</Heading>
      <p>{intro}</p>
      <ul class="kwk-insight-section__list">
        {listed.map((gap) => <li key={gap.kind === 'little-provision' ? gap.code : gap.huiskamerId}>{line(gap)}</li>)}
      </ul>
    </>
  );
  return (
    <section class="kwk-insight-section" aria-labelledby="kwk-insight-gaps">
      <Heading depth={2} id="kwk-insight-gaps">{text.insight.gapsTitle}</Heading>
      {gaps.length === 0 && <p>{text.insight.gapsNone}</p>}
      {kind(text.insight.gapsLittleTitle, text.insight.gapsLittleIntro, gaps.filter((gap) => gap.kind === 'little-provision'))}
      {kind(text.insight.gapsWaitingTitle, text.insight.gapsWaitingIntro, gaps.filter((gap) => gap.kind === 'long-waiting-list'))}
    </section>
  );
}
