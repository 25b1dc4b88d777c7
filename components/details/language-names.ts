/**
 * Language codes from the feed (`nl`, `ar`, `tr`) as words in the reader's
 * language ("Arabisch"), through Intl; an unknown code stays as it is.
 *
 *   languageNames(['nl', 'ar'], 'nl'); // ['Nederlands', 'Arabisch']
 */
import type { Lang } from '../../lib/i18n';

export function languageNames(codes: readonly string[], lang: Lang): string[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([lang], { type: 'language' });
  } catch {
    names = undefined;
  }
  return codes.map((code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  });
}
