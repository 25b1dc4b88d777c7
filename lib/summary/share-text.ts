/**
 * The text a worker copies or shares with a parent: the buurt's summary and, when the
 * municipality's page with the widget is known, a link to the buurt on that page.
 *
 *   shareText(summary, 'nl', 'https://www.almere.nl/kinderwerk', 'BU00340202');
 *   // "…\n\nOp de kaart: https://www.almere.nl/kinderwerk#kwk:area=BU00340202"
 */
import { t, type Lang } from '../i18n';
import { areaLink } from '../url-state';

/**
 * The longest text that still goes as one chat message: Telegram's limit, the
 * tightest of the common chat apps (WhatsApp takes 65,536; an SMS app splits).
 */
export const CHAT_MESSAGE_LIMIT = 4096;

export function shareText(summary: string, lang: Lang, widgetPage: string | undefined, code: string): string {
  if (!widgetPage) return summary;
  return `${summary}\n\n${t(lang).summary.onTheMap(areaLink(widgetPage, code))}`;
}

/** Whether a text is too long for one chat message. */
export function tooLongForChat(text: string): boolean {
  return text.length > CHAT_MESSAGE_LIMIT;
}
