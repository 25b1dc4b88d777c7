/**
 * The buurten as shaded polygons, the wijken as thicker outlines on top, and the
 * chosen area drawn so it stands out. Hovering a buurt shows its name and what
 * is on offer in a tooltip built from DOM nodes (feed names are text, never HTML).
 *
 *   const layer = new BuurtLayer(map, data.buurten, data.wijken, { onChoose, describe });
 *   layer.restyle({ shades, colours, selected: 'BU00340101' });
 *   map.fitBounds(layer.bounds('BU00340101'));
 */
import type { LatLngExpression } from 'leaflet';
import type { AreaGeometry, BuurtFeature, WijkFeature } from '../../lib/feed/schema';
import { L } from './leaflet';
import type { MapColours } from './mapColours';
import type { Shade } from './shading';

export interface BuurtLook {
  shades: ReadonlyMap<string, Shade>;
  colours: MapColours;
  /** A buurt or wijk code. */
  selected?: string;
}

export interface BuurtLayerHandlers {
  onChoose(buurtCode: string): void;
  /** What the tooltip shows for a buurt, as lines of plain text: the first is its name. */
  describe(buurtCode: string): string[];
}

const FILL_OPACITY = 0.8;
/** Other buurten fade when one area is chosen, so the chosen one is easy to find. */
const FILL_OPACITY_FADED = 0.4;

function toLatLngs(geometry: AreaGeometry): LatLngExpression[][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lng, lat]): LatLngExpression => [lat, lng])));
}

function tooltipContent(lines: string[]): HTMLElement {
  const box = document.createElement('div');
  lines.forEach((line, i) => {
    const row = document.createElement(i === 0 ? 'strong' : 'span');
    row.className = i === 0 ? 'kwk-map-tooltip__title' : 'kwk-map-tooltip__line';
    row.textContent = line;
    box.append(row);
  });
  return box;
}

export class BuurtLayer {
  private readonly group = L.featureGroup();
  // One tooltip that follows the mouse. Not bindTooltip: that adds focus listeners to
  // each path, and Chrome then puts every buurt in the Tab order.
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -8], className: 'kwk-map-tooltip' });
  private readonly buurten = new Map<string, L.Polygon>();
  private readonly wijken = new Map<string, L.Polygon>();
  private readonly wijkOfBuurt = new Map<string, string>();
  private readonly drawnStyles = new WeakMap<L.Polygon, string>();
  private look?: BuurtLook;
  private hovered?: string;
  /** The area last brought to the front. */
  private inFront?: string;

  constructor(map: L.Map, buurten: readonly BuurtFeature[], wijken: readonly WijkFeature[], handlers: BuurtLayerHandlers) {
    for (const feature of buurten) {
      const { code, wijkCode } = feature.properties;
      const polygon = L.polygon(toLatLngs(feature.geometry), { className: 'kwk-map-buurt' });
      polygon.on('click', () => handlers.onChoose(code));
      polygon.on('mouseover', (event: L.LeafletMouseEvent) => {
        this.hover(code);
        this.tooltip.setContent(tooltipContent(handlers.describe(code))).setLatLng(event.latlng).openOn(map);
      });
      polygon.on('mousemove', (event: L.LeafletMouseEvent) => this.tooltip.setLatLng(event.latlng));
      polygon.on('mouseout', () => {
        this.hover(undefined);
        this.tooltip.close();
      });
      this.buurten.set(code, polygon);
      this.wijkOfBuurt.set(code, wijkCode);
      polygon.addTo(this.group);
    }
    for (const feature of wijken) {
      const outline = L.polygon(toLatLngs(feature.geometry), { interactive: false, fill: false, className: 'kwk-map-wijk' });
      this.wijken.set(feature.properties.code, outline);
      outline.addTo(this.group);
    }
    this.group.addTo(map);
  }

  restyle(look: BuurtLook): void {
    this.look = look;
    const { colours, selected } = look;
    const selectedWijk = selected?.startsWith('WK') ? selected : undefined;
    for (const [code, polygon] of this.buurten) {
      const shade = look.shades.get(code);
      const inSelection = selected === code || (selectedWijk !== undefined && this.wijkOfBuurt.get(code) === selectedWijk);
      const faded = selected !== undefined && !inSelection;
      this.style(polygon, {
        fillColor: shade === undefined ? colours.noFigure : shade === 0 ? colours.none : colours.shades[shade - 1],
        fillOpacity: faded ? FILL_OPACITY_FADED : shade === 0 ? 0.5 : FILL_OPACITY,
        color: selected === code || this.hovered === code ? colours.selected : colours.buurt,
        weight: selected === code ? 4 : this.hovered === code ? 2.5 : 1,
        opacity: 1,
        dashArray: shade === undefined ? '4 3' : undefined,
      });
    }
    for (const [code, outline] of this.wijken) {
      const chosen = code === selectedWijk;
      this.style(outline, { color: chosen ? colours.selected : colours.wijk, weight: chosen ? 4 : 2.2, opacity: chosen ? 1 : 0.85 });
    }
    // Only when the choice changes: moving an SVG node makes the browser repaint the map.
    if (selected === this.inFront) return;
    this.inFront = selected;
    if (selectedWijk) this.wijken.get(selectedWijk)?.bringToFront();
    if (selected && this.buurten.has(selected)) this.buurten.get(selected)?.bringToFront();
  }

  /**
   * Sets a style only when it differs from the one drawn: every setStyle rewrites the
   * SVG attributes, and a city's 500 buurten cost about 9 ms per filter change.
   */
  private style(area: L.Polygon, style: L.PathOptions): void {
    const key = JSON.stringify(style);
    if (this.drawnStyles.get(area) === key) return;
    this.drawnStyles.set(area, key);
    area.setStyle(style);
  }

  private hover(code: string | undefined): void {
    this.hovered = code;
    if (this.look) this.restyle(this.look);
  }

  /** The area of a buurt or wijk; without a code, of all buurten. */
  bounds(code?: string): L.LatLngBounds | undefined {
    if (code === undefined) return this.group.getLayers().length > 0 ? this.group.getBounds() : undefined;
    const area = this.buurten.get(code) ?? this.wijken.get(code);
    if (area) return area.getBounds();
    // A wijk the feed has no outline for: the buurten in it.
    let bounds: L.LatLngBounds | undefined;
    for (const [buurt, polygon] of this.buurten) {
      if (this.wijkOfBuurt.get(buurt) !== code) continue;
      bounds = bounds ? bounds.extend(polygon.getBounds()) : L.latLngBounds(polygon.getBounds().getSouthWest(), polygon.getBounds().getNorthEast());
    }
    return bounds;
  }

  remove(): void {
    this.tooltip.close();
    this.group.remove();
  }
}
