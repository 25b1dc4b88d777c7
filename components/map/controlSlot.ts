/**
 * An empty Leaflet control: a box in one of the map's corners that Preact
 * renders into (through a portal), so legend and attribution are real HTML
 * that Leaflet positions and never fills with strings itself.
 *
 *   const slot = addControlSlot(map, 'bottomleft', 'kwk-map-legend-slot');
 *   render(createPortal(<MapLegend />, slot.element));
 */
import type { ControlPosition } from 'leaflet';
import { L } from './leaflet';

export interface ControlSlot {
  element: HTMLElement;
  remove(): void;
}

class SlotControl extends L.Control {
  constructor(private readonly element: HTMLElement, position: ControlPosition) {
    super({ position });
  }

  override onAdd(): HTMLElement {
    return this.element;
  }
}

export function addControlSlot(map: L.Map, position: ControlPosition, className: string): ControlSlot {
  const element = document.createElement('div');
  element.className = `leaflet-control ${className}`;
  // Clicks and scrolling in the legend must not choose the buurt beneath it or zoom the map.
  L.DomEvent.disableClickPropagation(element);
  L.DomEvent.disableScrollPropagation(element);
  const control = new SlotControl(element, position).addTo(map);
  return { element, remove: () => control.remove() };
}
