/**
 * English texts of the publishing site. Same keys as `nl.ts`, checked by
 * `satisfies SiteMessages`.
 */
import type { SiteMessages } from './nl';

export const en = {
  layout: {
    siteName: 'Kinderwerkkaart',
    languageName: 'English',
    skipToContent: 'Skip to the content',
    navLabel: 'Pages of this site',
    home: 'Start',
    publish: 'Make a feed',
    configure: 'Map on your website',
    privacy: 'Everything happens in your own browser. This site sends your data nowhere.',
    pageTitle: (page: string) => `${page} – Kinderwerkkaart`,
  },

  start: {
    title: 'Kinderwerkkaart for municipalities',
    intro: 'With these pages you put the kinderwerk of your municipality on a map. All you need is a browser.',
    publishText: 'Fill in the spreadsheets and turn them into one file: the feed. You see straight away what is not right yet.',
    configureText: 'Choose the feed, the language and the colours, and see the map at once. Then copy the code for your website.',
    iframeText: 'Does your website allow no scripts? Then choose the iframe code. It works in almost every CMS.',
    go: (page: string) => `Go to ${page.toLowerCase()}`,
  },

  publish: {
    title: 'Make a feed',
  },
} satisfies SiteMessages;
