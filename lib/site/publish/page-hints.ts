/**
 * How a missing fact is given on the feed builder page (publish.html): problem
 * messages end with where to fill it in there, not with a command-line option.
 * The field names are the page's Dutch labels, which both languages show beside
 * the English one, so a message always matches what is on screen.
 *
 *   buildFrame({ ...context, hints: PAGE_HINTS });
 */
import type { ContextHints } from '../../interop/context-hints';

export const PAGE_HINTS: ContextHints = {
  municipalitySetting: 'the field "Gemeentecode" (municipality code)',
  municipality: 'fill in "Gemeentecode" (municipality code), e.g. GM0034',
  name: 'fill in "Naam gemeente" (municipality name)',
  buurten: 'under "Buurtgrenzen" (buurt boundaries), fetch them from PDOK or choose a GeoJSON file',
  publisher: 'fill in "Uitgever" (publisher)',
  license: 'fill in "Licentie" (licence), e.g. CC0-1.0',
};
