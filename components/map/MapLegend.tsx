/**
 * What the colours and symbols on the map mean, with the choice between
 * "number of offers" and "offers per 1,000 children" when the feed can do both.
 * Folds away (a <details>) so it does not cover a small map.
 *
 *   <MapLegend classes={classes} measure="offers" measures={['offers']} … />
 */
import { useId } from 'preact/hooks';
import { useFormat, useText } from '../AppContext';
import type { MapColours } from './mapColours';
import type { ShadeClass, ShadeMeasure } from './shading';

export interface MapLegendProps {
  classes: readonly ShadeClass[];
  measure: ShadeMeasure;
  measures: readonly ShadeMeasure[];
  onMeasure(measure: ShadeMeasure): void;
  colours: MapColours;
  /** Some buurt has no figure (only with per 1,000 children). */
  showNoFigure: boolean;
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
  const { classes, measure, colours } = props;
  const digits = measure === 'per1000' && classes.some((c) => !Number.isInteger(c.from) || !Number.isInteger(c.to)) ? 1 : 0;
  const number = (value: number) => format.number(value, digits);

  return (
    <details class="kwk-map-legend" open={props.initiallyOpen}>
      <summary class="kwk-map-legend__summary">{text.map.legend}</summary>
      <div class="kwk-map-legend__body">
        {props.measures.length > 1 && (
          <fieldset class="kwk-map-legend__measure">
            <legend class="kwk-map-legend__caption">{text.map.colourBy}</legend>
            {props.measures.map((option) => (
              <label key={option} class="kwk-map-legend__option">
                <input
                  type="radio"
                  name={`${titleId}-measure`}
                  checked={option === measure}
                  onChange={() => props.onMeasure(option)}
                />
                {option === 'offers' ? text.map.colourByOffers : text.map.colourByPer1000}
              </label>
            ))}
          </fieldset>
        )}
        <p id={titleId} class="kwk-map-legend__caption">
          {measure === 'offers' ? text.map.legendOffers : text.map.legendPer1000}
        </p>
        <ul class="kwk-map-legend__list" aria-labelledby={titleId}>
          {[...classes].reverse().map((c) => (
            <li key={c.shade}>
              <Swatch kind="shade" colour={colours.shades[c.shade - 1]} />
              {text.map.range(number(c.from), number(c.to))}
            </li>
          ))}
          <li>
            <Swatch kind="none" />
            {text.map.nothingOnOffer}
          </li>
          {props.showNoFigure && (
            <li>
              <Swatch kind="no-figure" colour={colours.noFigure} />
              {text.map.noFigure}
            </li>
          )}
        </ul>
        <ul class="kwk-map-legend__list kwk-map-legend__symbols">
          <li>
            <Swatch kind="place" />
            {text.map.place}
          </li>
          {props.showHuiskamerPlace && (
            <li>
              <Swatch kind="huiskamer" />
              {text.map.huiskamerPlace}
            </li>
          )}
          <li>
            <Swatch kind="group" />
            {text.map.group}
          </li>
          {props.selectedKind && (
            <li>
              <Swatch kind="selected" />
              {props.selectedKind === 'wijk' ? text.map.chosenWijk : text.map.chosenArea}
            </li>
          )}
        </ul>
      </div>
    </details>
  );
}
