/**
 * Starts a page of the publishing site: its styles, its language (from `?lang=` or
 * the browser) and its Preact tree in #app. Each page's entry is one line with this.
 *
 *   mountSitePage((lang) => <StartPage lang={lang} />);
 */
import '../../components/base.css';
import '../../components/ui/ui.css';
import '../../components/site/site.css';
import { signal, type Signal } from '@preact/signals';
import { render, type VNode } from 'preact';
import type { Lang } from '../../lib/i18n/language';
import { siteLanguage } from '../../lib/site/page-language';

export function mountSitePage(page: (lang: Signal<Lang>) => VNode): void {
  const lang = signal(siteLanguage(location.search, navigator.languages));
  render(page(lang), document.getElementById('app')!);
}
