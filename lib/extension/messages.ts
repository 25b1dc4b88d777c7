/**
 * Messages between the popup/options pages and the background worker.
 * The worker owns refreshing; pages ask it and get the new health back.
 */
import { browser } from 'wxt/browser';
import type { FeedHealth } from './feed-health';

export type ExtensionMessage = { type: 'refresh-feeds' };
export type RefreshReply = { health: Record<string, FeedHealth> };

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'refresh-feeds';
}

export function askBackgroundToRefresh(): Promise<RefreshReply> {
  return browser.runtime.sendMessage({ type: 'refresh-feeds' } satisfies ExtensionMessage);
}
