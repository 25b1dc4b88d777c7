/**
 * The buurten on the map, shaded by one figure chosen in a select, with a legend that says
 * what the colours show. The shared map (components/map) does the drawing; the table above
 * is the same figures in words.
 *
 *   <InsightMap buurten={insight.buurten} tiles={tiles} attribution={credit} />
 */
import { useMemo, useState } from 'preact/hooks';
import { INSIGHT_MEASURES, type AreaInsight, type InsightMeasure } from '../../lib/insight/types';
import { useFormat, useText } from '../AppContext';
import { SelectFilter } from '../filters/SelectFilter';
import { MapView, type MapFigures } from '../map/MapView';
import { Heading } from '../ui/Heading';
import { figureText, isShare, measureDigits, shadeValue } from './figures';

export interface InsightMapProps {
  buurten: readonly AreaInsight[];
  tiles: string;
  attribution: string;
}

export function InsightMap({ buurten, tiles, attribution }: InsightMapProps) {
  const text = useText();
  const format = useFormat();
  const [measure, setMeasure] = useState<InsightMeasure>('placesPerThousandChildren');
  const figures = useMemo<MapFigures>(() => {
    const byCode = new Map(buurten.map((area) => [area.code, area]));
    const label = text.insight.measures[measure];
    return {
      // The legend's classes of a share are percentages: say so.
      caption: isShare(measure) ? text.insight.inPercent(label) : label,
      values: new Map(buurten.map((area) => [area.code, shadeValue(area, measure)])),
      digits: measureDigits(measure),
      describe: (code) => {
        const area = byCode.get(code);
        return text.insight.mapLine(label, area ? figureText(area, measure, text, format) : text.insight.unknown);
      },
      noneLabel: text.insight.mapZero,
      noFigureLabel: text.insight.mapUnknown,
    };
  }, [buurten, measure, text, format]);

  return (
    <section class="kwk-insight-section kwk-insight-map kwk-no-print" aria-labelledby="kwk-insight-map">
      <Heading depth={2} id="kwk-insight-map">{text.insight.mapTitle}</Heading>
      <div class="kwk-insight-map__choice">
        <SelectFilter
          label={text.insight.mapMeasure}
          value={measure}
          options={INSIGHT_MEASURES.map((option) => ({ value: option, label: text.insight.measures[option] }))}
          onChange={(value) => setMeasure(value as InsightMeasure)}
        />
      </div>
      <MapView tiles={tiles} tileAttribution={attribution} figures={figures} note={text.insight.mapNote} />
    </section>
  );
}
