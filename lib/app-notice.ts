/**
 * What a reader should know that is not about the feed's data itself: the browser
 * does not keep the data for next time, or the page's background map address cannot
 * be used. Shown as calm notices above list and map (components/status/AppNotices.tsx)
 * instead of only in the console, which visitors never see.
 *
 *   app.notices.value = withNotice(app.notices.value, 'not-saved');
 */
export type AppNotice =
  /** The browser keeps no data here (a private window, storage refused or not answering). */
  | 'not-saved'
  /** Saving the data failed (storage full, write refused); it is on screen from memory. */
  | 'save-failed'
  /** The `tiles` address has a placeholder the map cannot fill in; the map has no background. */
  | 'tiles-invalid';

/** The notices with `notice` on or off; the same array when nothing changes, so no signal fires for nothing. */
export function withNotice(notices: readonly AppNotice[], notice: AppNotice, on = true): readonly AppNotice[] {
  if (notices.includes(notice) === on) return notices;
  return on ? [...notices, notice] : notices.filter((shown) => shown !== notice);
}
