/**
 * Calm notices about the browser and the page rather than the data: the data is not
 * kept for next time, or the background map cannot be shown (lib/app-notice.ts). Each
 * says what still works, so nobody worries.
 *
 *   <AppNotices />
 */
import type { AppNotice } from '../../lib/app-notice';
import type { Messages } from '../../lib/i18n';
import { useApp, useText } from '../AppContext';

const sentence = (text: Messages['status'], notice: AppNotice): string =>
  notice === 'not-saved' ? text.notSaved : notice === 'save-failed' ? text.saveFailed : text.tilesInvalid;

export function AppNotices() {
  const notices = useApp().notices.value;
  const text = useText().status;
  return (
    <>
      {notices.map((notice) => (
        <p key={notice} class="kwk-notice kwk-notice--info" role="status">{sentence(text, notice)}</p>
      ))}
    </>
  );
}
