/**
 * Aims and partner types are fixed lists that a later v1.x may extend. A reader that
 * does not know a new word yet should not lose the whole activity over it: the word
 * (or the partner with that type) is ignored with a warning, and the record is kept.
 * Runs on the raw item before the schema, on a copy; the input is never changed.
 *
 *   const { item, warnings } = withoutUnknownChoices(rawActivity);
 */
import { AIMS, PARTNER_TYPES } from '../insight/types';
import { isObject } from './validate-structure';
import { quoteValue } from './readable-issue';

export interface Lenient {
  item: unknown;
  warnings: { path: readonly PropertyKey[]; reason: string }[];
}

const KNOWN_AIMS: ReadonlySet<unknown> = new Set(AIMS);
const KNOWN_PARTNER_TYPES: ReadonlySet<unknown> = new Set(PARTNER_TYPES);

const isUnknownAim = (aim: unknown) => typeof aim === 'string' && !KNOWN_AIMS.has(aim);
function hasUnknownType(partner: unknown): boolean {
  const type = isObject(partner) ? partner.type : undefined;
  return typeof type === 'string' && !KNOWN_PARTNER_TYPES.has(type);
}

export function withoutUnknownChoices(raw: unknown): Lenient {
  const warnings: Lenient['warnings'] = [];
  if (!isObject(raw)) return { item: raw, warnings };
  // Nearly every record knows all its words: look before copying anything (a city has 20,000 activities).
  const aimsToDrop = Array.isArray(raw.aims) && raw.aims.some(isUnknownAim);
  const partnersToDrop = Array.isArray(raw.partners) && raw.partners.some(hasUnknownType);
  if (!aimsToDrop && !partnersToDrop) return { item: raw, warnings };
  const copy: Record<string, unknown> = { ...raw };
  if (Array.isArray(raw.aims)) {
    copy.aims = raw.aims.filter((aim, i) => {
      // Anything but a text is a mistake the schema reports; an unknown text may be a newer aim.
      if (typeof aim !== 'string' || KNOWN_AIMS.has(aim)) return true;
      warnings.push({ path: ['aims', i], reason: `${quoteValue(aim)} is not an aim this app knows (${AIMS.join(', ')}); it was ignored` });
      return false;
    });
  }
  if (Array.isArray(raw.partners)) {
    copy.partners = raw.partners.filter((partner, i) => {
      const type = isObject(partner) ? partner.type : undefined;
      if (typeof type !== 'string' || KNOWN_PARTNER_TYPES.has(type)) return true;
      warnings.push({ path: ['partners', i, 'type'], reason: `${quoteValue(type)} is not a partner type this app knows (${PARTNER_TYPES.join(', ')}); this partner was ignored` });
      return false;
    });
  }
  return { item: warnings.length > 0 ? copy : raw, warnings };
}
