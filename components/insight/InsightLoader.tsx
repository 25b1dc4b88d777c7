/**
 * The "Cijfers" view, fetched when it is first shown: its code (the table, the figures,
 * the CSV export) is in a file beside the widget's ES module, shared with the parents' map
 * (components/map-views.ts), so a phone showing the list never downloads it. The classic
 * build has it inline.
 *
 *   <InsightLoader tiles={url} attribution="Kaart: Kadaster" />
 */
import { useEffect, useState } from 'preact/hooks';
import { useText } from '../AppContext';
import type { CijfersViewProps } from './cijfers';

type CijfersModule = typeof import('../map-views');

let loading: Promise<CijfersModule> | undefined;

export function InsightLoader(props: CijfersViewProps) {
  const text = useText();
  const [module, setModule] = useState<CijfersModule>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let shown = true;
    (loading ??= import('../map-views')).then(
      (loaded) => shown && setModule(loaded),
      () => {
        // A later visit to the tab may try again (the network may be back).
        loading = undefined;
        if (shown) setFailed(true);
      },
    );
    return () => void (shown = false);
  }, []);
  if (failed) return <p class="kwk-notice" role="alert">{text.insight.loadFailed}</p>;
  if (!module) return <p class="kwk-notice" role="status">{text.insight.loading}</p>;
  return <module.CijfersView {...props} />;
}
