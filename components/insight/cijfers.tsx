/**
 * The entry of the "Cijfers" file (loaded by InsightLoader): the figures of the feed now
 * shown, computed once per feed, in the municipality's view with its own stylesheet.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { insightCsv, insightTotalsCsv } from '../../lib/insight/csv-export';
import { useApp, useText } from '../AppContext';
import { adoptInsightStyles } from './adopt-styles';
import { InsightView } from './InsightView';
import { insightOf } from './insight-of';

export interface CijfersViewProps {
  tiles: string;
  attribution: string;
}

export function CijfersView({ tiles, attribution }: CijfersViewProps) {
  const app = useApp();
  const text = useText();
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => void (box.current && adoptInsightStyles(box.current)), []);
  const data = app.index.value?.data;
  const insight = data && insightOf(data);
  return (
    <div ref={box} class="kwk-insight-box">
      {data && insight ? (
        <InsightView
          insight={insight}
          meta={data.meta}
          csv={(level) => (level === 'wijk' ? insightTotalsCsv : insightCsv)(insight, text, app.lang.value)}
          tiles={tiles}
          attribution={attribution}
        />
      ) : (
        // A feed that failed is said above, by StatusBanner; only a feed on its way is "loading".
        app.feed.value.phase !== 'failed' && <p class="kwk-notice" role="status">{text.insight.loading}</p>
      )}
    </div>
  );
}
