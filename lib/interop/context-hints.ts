/**
 * How the person converting a source gives what the source lacks (the
 * municipality, its buurten, a publisher, a licence), in their own words: the
 * feed tools take command-line options, the widget takes attributes. Problem
 * messages end with the hint, so they say what to do wherever they are read.
 *
 *   buildFrame({ ...context, hints: WIDGET_HINTS });
 *   // 'no buurten given; set the widget attribute buurten="buurten.geojson" (...)'
 */

export interface ContextHints {
  /** Where the municipality code is set, as a noun: `--municipality`. */
  municipalitySetting: string;
  municipality: string;
  name: string;
  buurten: string;
  publisher: string;
  license: string;
}

export const COMMAND_LINE_HINTS: ContextHints = {
  municipalitySetting: '--municipality',
  municipality: 'pass --municipality GM0034',
  name: 'pass --name Almere',
  buurten: 'pass the CBS buurt boundaries of the municipality with --buurten buurten.geojson',
  publisher: 'pass --publisher "Naam organisatie"',
  license: 'pass --license CC0-1.0 or another SPDX identifier',
};

/** The widget converts an HSDS or OpenActive URL itself; its embedder can only set attributes. */
export const WIDGET_HINTS: ContextHints = {
  municipalitySetting: 'the municipality attribute',
  municipality: 'set the widget attribute municipality="GM0034"',
  name: 'set the widget attribute municipality-name="Almere"',
  buurten: 'set the widget attribute buurten="buurten.geojson" to the address of the CBS buurt boundaries of the municipality',
  publisher: 'to name the publisher, convert the source with npm run feed:import -- --publisher "Naam organisatie" and use that feed',
  license: 'to choose one, convert the source with npm run feed:import -- --license CC0-1.0 and use that feed',
};
