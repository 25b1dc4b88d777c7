/**
 * The periodic feed refresh. MV3 service workers stop when idle, and alarms can
 * be lost on browser updates, so the alarm is re-created on every worker start.
 */
import { browser } from 'wxt/browser';

export const REFRESH_ALARM = 'refresh-feeds';
export const REFRESH_EVERY_MINUTES = 6 * 60;

export async function ensureRefreshAlarm(): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === REFRESH_EVERY_MINUTES) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: REFRESH_EVERY_MINUTES });
}
