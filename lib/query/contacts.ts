/**
 * The kinderwerkers who are a known face in an area, in name order.
 *
 *   contactsForArea(index, 'BU03630101'); // the faces of that buurt
 *   contactsForArea(index, 'WK036301');   // of any buurt in that wijk
 *   contactsForArea(index);               // everyone
 */
import type { Contact } from '../feed/schema';
import { isWijkCode } from './areas';
import type { FeedIndex } from './feedIndex';

/** A fresh array each time, so a caller can sort or slice it without touching the index. */
export function contactsForArea(index: FeedIndex, area?: string): Contact[] {
  if (!area) return [...index.contactList];
  if (!isWijkCode(area)) return [...(index.contactsByBuurt.get(area) ?? [])];
  const inWijk = new Set(index.areas.buurtenOf(area).flatMap((code) => index.contactsByBuurt.get(code) ?? []));
  return index.contactList.filter((contact) => inWijk.has(contact));
}
