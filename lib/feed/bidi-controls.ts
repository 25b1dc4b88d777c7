/**
 * Bidirectional formatting characters, invisible in any text: the embeddings and
 * overrides (U+202A–U+202E) and the isolates (U+2066–U+2069). One right-to-left
 * override in a name reverses everything after it on the line, so "Filmwijk · 3
 * activiteiten" could read "netieivitca 3 · ..." and a time or a place could be
 * shown mirrored. No name or description needs them (right-to-left script shows
 * correctly without), so feed texts lose them while they are read, and the plain
 * texts made from a feed (the copied summary) once more, for a copy cached before.
 *
 *   withoutBidiControls('Filmwijk\u202E · 3'); // 'Filmwijk · 3'
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
