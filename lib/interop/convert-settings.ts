/**
 * What a page knows that an HSDS or OpenActive source does not: the municipality
 * and its CBS boundaries. The widget reads it from its attributes, the extension
 * from its options page; both read a typed municipality code the same way, and
 * so do the importers (the code itself is `GemeenteCode` in lib/feed/schema.ts).
 *
 *   municipalityCodeFrom('0034');   // 'GM0034'
 *   municipalityCodeFrom('gm0034'); // 'GM0034'
 *   municipalityCodeFrom('Almere'); // undefined
 */
import { GemeenteCode } from '../feed/schema';

export interface ConvertSettings {
  /** CBS code, `GM0034`; read from the buurt codes when left out. */
  municipalityCode?: string;
  /** Read from the boundary file when it has the name. */
  municipalityName?: string;
  /** GeoJSON with the CBS buurt boundaries: absolute, or relative to the source. */
  buurtenUrl?: string;
  wijkenUrl?: string;
}

/** A CBS municipality code as people type it (`GM0034`, `gm0034`, `0034`), or undefined. */
export function municipalityCodeFrom(text: string): string | undefined {
  const typed = text.trim().toUpperCase();
  const code = /^\d{4}$/.test(typed) ? `GM${typed}` : typed;
  return GemeenteCode.safeParse(code).success ? code : undefined;
}
