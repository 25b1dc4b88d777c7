/**
 * The map: buurten shaded by what is on offer, wijk outlines, places as
 * keyboard-reachable markers (clustered where dense), a legend and the credits.
 * Choosing a buurt sets the area filter; choosing a place selects it. Everything
 * here is also in the list, which the map says.
 *
 *   <MapView tiles="https://…/{z}/{x}/{y}.png" tileAttribution="Kaart: Kadaster" />
 *   <MapView compact />   // the extension popup: one buurt, fewer controls
 *   <MapView figures={f} /> // the municipality's view: shaded by one figure, no places
 */
import { useSignal } from '@preact/signals';
import { createPortal } from 'preact';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PDOK_TILES } from '../../lib/geo/tiles';
import { useApp, useText } from '../AppContext';
import { BuurtLayer } from './BuurtLayer';
import { createAreaFitter } from './areaFit';
import { addControlSlot } from './controlSlot';
import { adoptLeafletStyles } from './adopt-leaflet-styles';
import { L } from './leaflet';
import { createLeafletMap, prefersReducedMotion, zoomWheelOnlyWhenFocused } from './leafletMap';
import { MapAttribution } from './MapAttribution';
import { readMapColours, type MapColours } from './mapColours';
import { MapLegend } from './MapLegend';
import { PlaceMarkers } from './PlaceMarkers';
import { selectedPlaceId, type MapPlace } from './places';
import { QuietTileLayer } from './QuietTileLayer';
import { shadeValues } from './shading';

export interface MapViewProps {
  /** Tile URL template; an empty string shows no background map. */
  tiles?: string;
  /** Credit for the tiles; defaults to Kadaster for the default PDOK tiles. */
  tileAttribution?: string;
  /** The small popup map: one buurt, fewer controls. */
  compact?: boolean;
  /** Shade by these figures instead of the offers, and show no places (the municipality's view). */
  figures?: MapFigures;
  /** What the map's note says the map has beside it; the list by default. */
  note?: string;
}

/** Figures per buurt to shade the map by. */
export interface MapFigures {
  /** What the colours show: the legend's caption. */
  caption: string;
  /** Per buurt code; null when unknown (drawn as "no figure"). */
  values: ReadonlyMap<string, number | null>;
  /** Decimals of the legend's bounds (0 for counts and percentages). */
  digits: number;
  /** The figure of one buurt as a line of text, for the tooltip. */
  describe(code: string): string;
  noneLabel: string;
  noFigureLabel: string;
}


/** A legend is open from the start only where it leaves room for the map. */
const LEGEND_OPEN_MIN_WIDTH = 560;

interface LatestTexts {
  describeBuurt(code: string): string[];
  placeLabel(place: MapPlace): string;
  groupLabel(places: readonly MapPlace[]): string;
}

interface MapParts {
  map: L.Map;
  colours: MapColours;
  legendSlot: HTMLElement;
  actionSlot: HTMLElement;
  legendOpen: boolean;
  /** Fits the map now, or as soon as it has a size (it may start hidden behind the list). */
  fit(bounds: L.LatLngBounds | undefined): void;
}

const NO_PLACES: readonly MapPlace[] = [];

export function MapView({ tiles = PDOK_TILES, tileAttribution, compact = false, figures, note }: MapViewProps) {
  const app = useApp();
  const text = useText();
  const noteId = useId();
  const canvas = useRef<HTMLDivElement>(null);
  const [parts, setParts] = useState<MapParts>();
  const [buurtLayer, setBuurtLayer] = useState<BuurtLayer>();
  const [markers, setMarkers] = useState<PlaceMarkers>();
  const tileState = useSignal<'waiting' | 'loaded' | 'failed'>('waiting');
  const reducedMotion = useMemo(prefersReducedMotion, []);

  // The latest texts and figures, for Leaflet callbacks made once.
  const latest = useRef<LatestTexts>({ describeBuurt: () => [], placeLabel: () => '', groupLabel: () => '' });
  const fittedArea = useRef<{ area?: string } | undefined>(undefined);

  const index = app.index.value;
  // Before a big feed's index is ready this is counted from the data, so the map need not wait for the list.
  const facts = app.map.value;
  const buurten = facts?.buurten;
  const wijken = facts?.wijken;
  const totals = facts?.totals;
  // The map follows the criteria once typing pauses (lib/state.ts), so a keystroke redraws only the list.
  const area = app.settledCriteria.value.area;

  // Leaflet's CSS comes with the map's code, and must be in before the map measures itself.
  useLayoutEffect(() => {
    if (canvas.current) adoptLeafletStyles(canvas.current);
  }, []);

  useEffect(() => {
    const container = canvas.current;
    if (!container) return;
    const map = createLeafletMap(container, { reducedMotion });
    const stopWheel = zoomWheelOnlyWhenFocused(map);
    const legend = addControlSlot(map, 'bottomleft', 'kwk-map-legend-slot');
    const actions = addControlSlot(map, 'topleft', 'kwk-map-action-slot');
    const fitter = createAreaFitter(map, {
      reducedMotion,
      // An open legend covers the left of a wide map; keep the area clear of it.
      leftInset: () => {
        const open = legend.element.querySelector('details[open]') !== null;
        return open && container.clientWidth >= LEGEND_OPEN_MIN_WIDTH ? legend.element.offsetWidth + 20 : 0;
      },
    });
    setParts({
      map,
      colours: readMapColours(container),
      legendSlot: legend.element,
      actionSlot: actions.element,
      legendOpen: container.clientWidth >= LEGEND_OPEN_MIN_WIDTH,
      fit: fitter.fit,
    });
    return () => {
      fitter.stop();
      stopWheel();
      map.remove();
    };
  }, [reducedMotion]);

  // Zoom buttons with our own texts, remade when the language changes.
  useEffect(() => {
    if (!parts || compact) return;
    const zoom = L.control.zoom({ position: 'topright', zoomInTitle: text.leaflet.zoomIn, zoomOutTitle: text.leaflet.zoomOut });
    zoom.addTo(parts.map);
    return () => void zoom.remove();
  }, [parts, text, compact]);

  useEffect(() => {
    if (!parts || !tiles) return;
    tileState.value = 'waiting';
    const layer = new QuietTileLayer(tiles, {
      maxZoom: 19,
      onTileLoaded: () => void (tileState.value = 'loaded'),
      onTileFailed: () => void (tileState.value !== 'loaded' && (tileState.value = 'failed')),
    }).addTo(parts.map);
    return () => void layer.remove();
  }, [parts, tiles, tileState]);

  useEffect(() => {
    if (!parts || !buurten || !wijken) return;
    const layer = new BuurtLayer(parts.map, buurten, wijken, {
      onChoose: (code) => void (app.criteria.value = { ...app.criteria.value, area: code }),
      describe: (code) => latest.current.describeBuurt(code),
    });
    setBuurtLayer(layer);
    return () => layer.remove();
  }, [parts, buurten, wijken, app.criteria]);

  useEffect(() => {
    if (!parts) return;
    const placeMarkers = new PlaceMarkers(parts.map, {
      onChoose: (id) => void (app.selection.value = { kind: 'location', id }),
      placeLabel: (place) => latest.current.placeLabel(place),
      groupLabel: (places) => latest.current.groupLabel(places),
      reducedMotion,
    });
    setMarkers(placeMarkers);
    return () => placeMarkers.remove();
  }, [parts, app.selection, reducedMotion]);

  const offers = useMemo(
    () =>
      new Map((buurten ?? []).map((feature) => {
        const found = totals?.get(feature.properties.code);
        return [feature.properties.code, (found?.activities ?? 0) + (found?.huiskamers ?? 0)];
      })),
    [buurten, totals],
  );
  const shading = useMemo(() => shadeValues(figures?.values ?? offers, { whole: !figures?.digits }), [figures, offers]);

  const places = figures ? NO_PLACES : facts?.places ?? NO_PLACES;
  const selectedPlace = selectedPlaceId(app.selection.value, (kind, id) =>
    (kind === 'activity' ? index?.activitiesById.get(id) : index?.huiskamersById.get(id))?.location?.id,
  );

  // The number on a marker is part of its name (WCAG 2.5.3: people using speech say what they see).
  const offersSaid = (activities: number, huiskamers: number) => {
    const detail = text.map.offers(activities, huiskamers);
    return activities > 0 && huiskamers > 0 ? text.map.offersTotal(activities + huiskamers, detail) : detail;
  };

  latest.current = {
    describeBuurt: (code) => {
      const name = facts?.areas.get(code)?.name ?? code;
      if (figures) return [name, figures.describe(code)];
      const found = totals?.get(code);
      return [name, text.map.offers(found?.activities ?? 0, found?.huiskamers ?? 0)];
    },
    placeLabel: (place) => text.map.placeLabel(place.name, offersSaid(place.activities, place.huiskamers)),
    groupLabel: (group) => {
      const sum = (key: 'activities' | 'huiskamers') => group.reduce((n, place) => n + place[key], 0);
      return text.map.groupLabel(group.length, offersSaid(sum('activities'), sum('huiskamers')));
    },
  };

  useEffect(() => {
    if (parts && buurtLayer) buurtLayer.restyle({ shades: shading.shades, colours: parts.colours, selected: area });
  }, [parts, buurtLayer, shading, area]);

  // Fit when the area changes, not when a refreshed feed replaces the layer under a user who has moved the map.
  useEffect(() => {
    if (!parts || !buurtLayer || (fittedArea.current && fittedArea.current.area === area)) return;
    fittedArea.current = { area };
    parts.fit(buurtLayer.bounds(area) ?? buurtLayer.bounds());
  }, [parts, buurtLayer, area]);

  // Places wait for the buurten, whose first fit (the effect above) sets the municipality's zoom: drawn
  // earlier, they were clustered over the whole country and then again for the town (twice the work).
  useEffect(() => void (buurtLayer && markers?.setPlaces(places)), [buurtLayer, markers, places, text]);
  useEffect(() => void markers?.setSelected(selectedPlace), [markers, selectedPlace]);

  const tileCredit = tiles ? tileAttribution ?? (tiles === PDOK_TILES ? text.map.tiles : undefined) : undefined;
  const boundaryCredit = facts?.boundaryAttribution;
  const credits = [text.leaflet.attributionPrefix, tileCredit, boundaryCredit && text.map.boundaries(boundaryCredit)]
    .filter((part): part is string => Boolean(part));

  return (
    <div class={compact ? 'kwk-map kwk-map--compact' : 'kwk-map'}>
      <div ref={canvas} class="kwk-map__canvas" role="region" aria-label={text.map.label} aria-describedby={noteId} />
      <div class="kwk-map__footer">
        <p id={noteId} class="kwk-map__note">
          {note ?? text.map.listNote}
          <span class="kwk-visually-hidden"> {text.leaflet.mapKeyboardHint}</span>
        </p>
        {/* Under the map, not in it: on a phone the credits would cover the legend. */}
        <MapAttribution parts={credits} tilesFailed={tileState.value === 'failed'} />
      </div>
      {parts && !compact && createPortal(
        <MapLegend
          caption={figures?.caption ?? text.map.legendOffers}
          classes={shading.classes}
          digits={figures?.digits ?? 0}
          colours={parts.colours}
          noneLabel={figures?.noneLabel ?? text.map.nothingOnOffer}
          noFigureLabel={figures && [...shading.shades.values()].some((shade) => shade === undefined) ? figures.noFigureLabel : undefined}
          showPlaces={!figures}
          showHuiskamerPlace={places.some((place) => place.huiskamers > 0)}
          selectedKind={area === undefined ? undefined : area.startsWith('WK') ? 'wijk' : 'buurt'}
          initiallyOpen={parts.legendOpen}
        />,
        parts.legendSlot,
      )}
      {parts && !compact && area !== undefined && createPortal(
        <button type="button" class="kwk-map-action" onClick={() => void (app.criteria.value = { ...app.criteria.value, area: undefined })}>
          {text.map.showWholeCity}
        </button>,
        parts.actionSlot,
      )}
    </div>
  );
}
