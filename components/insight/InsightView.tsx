/**
 * The municipality's view ("Cijfers"): every figure per buurt or wijk in a sortable table
 * with the municipality as its last row, one line of explanation per figure, the buurten
 * on a map shaded by a chosen figure, where provision falls short, what the offer is for
 * and with whom, and the stories beside the figures. Export as CSV and print for a
 * council report.
 *
 *   <InsightView insight={computeInsight(data)} meta={data.meta} csv={() => insightCsv(…)} tiles={url} attribution="…" />
 */
import { useId, useState } from 'preact/hooks';
import type { Meta } from '../../lib/feed/schema';
import type { Insight } from '../../lib/insight/types';
import { useFormat, useText } from '../AppContext';
import { SelectFilter } from '../filters/SelectFilter';
import { Heading } from '../ui/Heading';
import { AimsAndPartners } from './AimsAndPartners';
import { ExportButtons } from './ExportButtons';
import { GapList } from './GapList';
import { InsightMap } from './InsightMap';
import { InsightTable } from './InsightTable';
import { MeasureNotes } from './MeasureNotes';
import { StoryList } from './StoryList';

type Level = 'buurt' | 'wijk';

export interface InsightViewProps {
  insight: Insight;
  meta: Pick<Meta, 'publisher' | 'municipality'>;
  /** The table as CSV text, made when the reader asks for it: buurten, or wijken and the municipality. */
  csv(level: Level): string;
  tiles: string;
  attribution: string;
}


export function InsightView({ insight, meta, csv, tiles, attribution }: InsightViewProps) {
  const text = useText();
  const format = useFormat();
  const titleId = useId();
  const notesId = useId();
  const [level, setLevel] = useState<Level>('buurt');
  const municipality = insight.gemeente.name || meta.municipality.name;
  const reachPeriod = insight.gemeente.reach.period;
  const names = new Map([...insight.buurten, ...insight.wijken].map((area) => [area.code, area.name]));

  return (
    <section class="kwk-insight" aria-labelledby={titleId}>
      <div class="kwk-insight__head">
        <Heading depth={1} id={titleId} class="kwk-insight__title">{text.insight.title(municipality)}</Heading>
        <p>{text.insight.intro}</p>
        <p class="kwk-insight__sources">
          {text.insight.dated(format.date(insight.generatedAt, { withYear: true }))}{' '}
          {text.insight.feedSource(meta.publisher.name)}
          {insight.sources.length > 0 && <> {text.insight.otherSources(insight.sources.join('; '))}</>}
          {reachPeriod && <> {text.insight.reachPeriod(text.insight.period(format.date(reachPeriod.startDate, { withYear: true }), format.date(reachPeriod.endDate, { withYear: true })))}</>}
        </p>
        <ExportButtons municipality={municipality} level={level} csv={csv} />
      </div>
      <div class="kwk-insight__level kwk-no-print">
        <SelectFilter
          label={text.insight.level}
          value={level}
          options={(['buurt', 'wijk'] as const).map((option) => ({ value: option, label: text.insight.levels[option] }))}
          onChange={(value) => setLevel(value === 'wijk' ? 'wijk' : 'buurt')}
        />
      </div>
      <InsightTable
        areas={level === 'wijk' ? insight.wijken : insight.buurten}
        total={insight.gemeente}
        level={level}
        notesId={notesId}
      />
      <MeasureNotes id={notesId} />
      <InsightMap buurten={insight.buurten} tiles={tiles} attribution={attribution} />
      <div class="kwk-insight__more">
        <GapList gaps={insight.gaps} />
        <AimsAndPartners insight={insight} />
        <StoryList stories={insight.stories} areaName={(code) => names.get(code)} />
      </div>
    </section>
  );
}
