/**
 * What the colours and symbols on the map mean: the caption says what the buurten are
 * shaded by (on the parents' map the number of offers, in the municipality's view the
 * figure chosen), then the classes, then the symbols for places.
 * Folds away (a <details>) so it does not cover a small map.
 *
 *   <MapLegend caption="Activiteiten en huiskamers per buurt" classes={classes} digits={0} … />
 */
import { useId } from 'preact/hooks';
import { useFormat, useText } from '../AppContext';
import type { MapColours } from './mapColours';
import type { ShadeClass } from './shading';

export interface MapLegendProps {
  /** What the shading shows. */
  caption: string;
  classes: readonly ShadeClass[];
  /** Decimals of the class bounds. */
  digits: number;
  colours: MapColours;
  /** The label of the lightest fill: "Geen aanbod", or "0" for a figure. */
  noneLabel: string;
  /** Shown with the dashed fill when some buurt has no figure. */
  noFigureLabel?: string;
  /** The symbols for places: only on a map that shows them. */
  showPlaces: boolean;
  showHuiskamerPlace: boolean;
  /** What is chosen, if anything: its outline is explained. */
  selectedKind?: 'buurt' | 'wijk';
  initiallyOpen: boolean;
}

function Swatch({ kind, colour }: { kind: string; colour?: string }) {
  return <span class={`kwk-map-legend__swatch kwk-map-legend__swatch--${kind}`} style={colour ? { backgroundColor: colour } : undefined} aria-hidden="true" />;
}

export function MapLegend(props: MapLegendProps) {
  const text = useText();
  const format = useFormat();
  const titleId = useId();
  const { classes, colours } = props;
  const digits = props.digits > 0 && classes.some((c) => !Number.isInteger(c.from) || !Number.isInteger(c.to)) ? props.digits : 0;
  const number = (value: number) => format.number(value, digits);

  return (
    <details class="kwk-map-legend" open={props.initiallyOpen}>
      <summary class="kwk-map-legend__summary">{text.map.legend}</summary>
      <div class="kwk-map-legend__body">
        <p id={titleId} class="kwk-map-legend__caption">{props.caption}</p>
        <ul class="kwk-map-legend__list" aria-labelledby={titleId}>
          {[...classes].reverse().map((c) => (
            <li key={c.shade}>
              <Swatch kind="shade" colour={colours.shades[c.shade - 1]} />
              {text.map.range(number(c.from), number(c.to))}
            </li>
          ))}
          <li>
            <Swatch kind="none" />
            {props.noneLabel}
          </li>
          {props.noFigureLabel && (
            <li>
              <Swatch kind="no-figure" colour={colours.noFigure} />
              {props.noFigureLabel}
            </li>
          )}
        </ul>
        {(props.showPlaces || props.selectedKind) && (
          <ul class="kwk-map-legend__list kwk-map-legend__symbols">
            {props.showPlaces && (
              <li>
                <Swatch kind="place" />
                {text.map.place}
              </li>
            )}
            {props.showPlaces && props.showHuiskamerPlace && (
              <li>
                <Swatch kind="huiskamer" />
                {text.map.huiskamerPlace}
              </li>
            )}
            {props.showPlaces && (
              <li>
                <Swatch kind="group" />
                {text.map.group}
              </li>
            )}
            {props.selectedKind && (
              <li>
                <Swatch kind="selected" />
                {props.selectedKind === 'wijk' ? text.map.chosenWijk : text.map.chosenArea}
              </li>
            )}
          </ul>
        )}
      </div>
    </details>
  );
}
