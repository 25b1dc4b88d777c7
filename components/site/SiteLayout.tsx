/**
 * The frame of every page of the publishing site: a skip link, the site's name, the
 * pages, the language switch, the page itself in <main>, and the privacy promise.
 * The language lives in one signal the page owns; switching it re-renders the page in
 * the other language and writes `?lang=` into the address (lib/site/page-language.ts).
 *
 *   <SiteLayout lang={lang} page="configure.html" title={m.configure.title}>…</SiteLayout>
 */
import type { Signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Lang } from '../../lib/i18n/language';
import { siteText } from '../../lib/site/i18n';
import { addressWithLanguage, pageHref, type SitePage } from '../../lib/site/page-language';

interface SiteLayoutProps {
  lang: Signal<Lang>;
  page: SitePage;
  /** The page's own name, for <title>. */
  title: string;
  children: ComponentChildren;
}

export function SiteLayout({ lang, page, title, children }: SiteLayoutProps) {
  const current = lang.value;
  const m = siteText(current).layout;
  const other: Lang = current === 'nl' ? 'en' : 'nl';

  useEffect(() => {
    document.documentElement.lang = current;
    document.title = m.pageTitle(title);
  }, [current, m, title]);

  const switchLanguage = () => {
    lang.value = other;
    history.replaceState(history.state, '', addressWithLanguage(location.href, other));
  };

  const links: [SitePage, string][] = [
    ['index.html', m.home],
    ['publish.html', m.publish],
    ['configure.html', m.configure],
  ];

  return (
    <div class="kwk-root kwk-site">
      <a class="kwk-site__skip" href="#main">{m.skipToContent}</a>
      <header class="kwk-site__header">
        <a class="kwk-site__name" href={pageHref('index.html', current)}>{m.siteName}</a>
        <nav class="kwk-site__nav" aria-label={m.navLabel}>
          <ul>
            {links.map(([target, label]) => (
              <li key={target}>
                <a href={pageHref(target, current)} aria-current={target === page ? 'page' : undefined}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" class="kwk-button kwk-button--secondary kwk-site__language" lang={other} onClick={switchLanguage}>
          {siteText(other).layout.languageName}
        </button>
      </header>
      <main id="main" class="kwk-site__main" tabIndex={-1}>
        {children}
      </main>
      <footer class="kwk-site__footer">
        <p>{m.privacy}</p>
      </footer>
    </div>
  );
}
