/**
 * The site's start page: what the two tools are for, in plain words, with a link to each.
 *
 *   <StartPage lang={lang} />
 */
import type { Signal } from '@preact/signals';
import type { Lang } from '../../lib/i18n/language';
import { siteText } from '../../lib/site/i18n';
import { pageHref } from '../../lib/site/page-language';
import { SiteLayout } from './SiteLayout';

export function StartPage({ lang }: { lang: Signal<Lang> }) {
  const m = siteText(lang.value);
  const tools = [
    { page: 'publish.html', title: m.layout.publish, texts: [m.start.publishText] },
    { page: 'configure.html', title: m.layout.configure, texts: [m.start.configureText, m.start.iframeText] },
  ] as const;
  return (
    <SiteLayout lang={lang} page="index.html" title={m.start.title}>
      <h1>{m.start.title}</h1>
      <p class="kwk-site__intro">{m.start.intro}</p>
      <ul class="kwk-site__tools">
        {tools.map((tool) => (
          <li key={tool.page} class="kwk-site__tool">
            <h2>{tool.title}</h2>
            {tool.texts.map((text) => <p key={text}>{text}</p>)}
            <p>
              <a class="kwk-button" href={pageHref(tool.page, lang.value)}>{m.start.go(tool.title)}</a>
            </p>
          </li>
        ))}
      </ul>
    </SiteLayout>
  );
}
