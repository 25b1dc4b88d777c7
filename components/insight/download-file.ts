/**
 * Saves text as a file from the browser, without a server: a Blob behind a temporary
 * link with a `download` name. The link lives next to the button for one click only,
 * as a link outside the document is ignored by some browsers.
 *
 *   downloadText(button, 'kinderwerk-cijfers-almere-2026-12-07.csv', csv, 'text/csv');
 */
export function downloadText(near: Element, fileName: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = near.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  near.after(link);
  link.click();
  link.remove();
  // The download has started from the URL; give it a moment before freeing the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name part from a name: "Súdwest-Fryslân" → "sudwest-fryslan". */
export function fileNamePart(name: string): string {
  return name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gemeente';
}

/** The local date as YYYY-MM-DD, as a file name sorts best. */
export function isoDay(day: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}
