/**
 * The parents' map, fetched when it is first shown: its code (Leaflet, the layers,
 * Leaflet's CSS) is in a file beside the widget's ES module (components/map-views.ts).
 * Beside the list on a wide screen it starts loading at once; on a phone, where the list
 * comes first, when the map is chosen, so the list never waits for it. Until it is in,
 * the map's box says the map is coming. The classic build has it inline.
 *
 *   <MapLoader tiles={url} tileAttribution="Kaart: Kadaster" />
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useText } from '../AppContext';
import type { MapViewProps } from './MapView';

type MapModule = typeof import('../map-views');

let loading: Promise<MapModule> | undefined;
// Once in, a map shown again (back from the figures' tab, a second widget) renders at once.
let loaded: MapModule | undefined;

export function MapLoader(props: MapViewProps) {
  const text = useText();
  const box = useRef<HTMLDivElement>(null);
  const [module, setModule] = useState<MapModule | undefined>(loaded);
  const [failed, setFailed] = useState(false);
  // A skip link may have focused the box while the map was coming: the map takes the focus over.
  const focusIn = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || module) return;
    let shown = true;
    // The box has a size once it is shown: beside the list at once, on a phone when the map is chosen.
    const observer = new ResizeObserver(() => {
      if (element.offsetWidth === 0 && element.offsetHeight === 0) return;
      observer.disconnect();
      (loading ??= import('../map-views')).then(
        (map) => {
          loaded = map;
          if (!shown) return;
          if (element.matches(':focus')) focusIn.current = element.closest('.kwk-map')?.parentElement ?? null;
          setModule(map);
        },
        () => {
          // A later page load may try again (the network may be back).
          loading = undefined;
          if (shown) setFailed(true);
        },
      );
    });
    observer.observe(element);
    return () => {
      shown = false;
      observer.disconnect();
    };
  }, [module]);

  // After the map's own effects (Leaflet makes its box focusable), and only while the focus is still
  // lost with the placeholder: a reader who has moved on meanwhile (another skip link, Tab) keeps their place.
  useEffect(() => {
    const parent = focusIn.current;
    focusIn.current = null;
    if (parent && !focusMovedOn(parent)) parent.querySelector<HTMLElement>('.kwk-map__canvas')?.focus();
  }, [module]);

  if (module) return <module.MapView {...props} />;
  return (
    <div class="kwk-map">
      <div ref={box} class="kwk-map__canvas kwk-map__placeholder" role="region" aria-label={text.map.label} tabIndex={-1}>
        <p class="kwk-notice" role={failed ? 'alert' : 'status'}>{failed ? text.map.loadFailed : text.map.loading}</p>
      </div>
    </div>
  );
}

/** True when the reader has moved the focus on from the map's box: to another part of the widget or of the page. */
function focusMovedOn(mapArea: Element): boolean {
  const root = mapArea.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  if (active && !mapArea.contains(active)) return true;
  const onPage = document.activeElement;
  return root instanceof ShadowRoot && onPage !== null && onPage !== root.host && onPage !== document.body;
}
