/**
 * Dutch texts of the publishing site (docs/site.md), the source catalogue, B1 like
 * lib/i18n/nl.ts. Kept apart from the widget's catalogue so the widget does not ship
 * the site's texts. `en.ts` has the same keys, and every key is used
 * (tests/unit/i18n/keys-used.test.ts checks both catalogues).
 *
 *   siteText('nl').start.title;   // 'Kinderwerkkaart voor gemeenten'
 */
export const nl = {
  layout: {
    siteName: 'Kinderwerkkaart',
    /** The name of this language, on the button that switches to it. */
    languageName: 'Nederlands',
    skipToContent: 'Naar de inhoud',
    navLabel: 'Pagina’s van deze site',
    home: 'Start',
    publish: 'Feed maken',
    configure: 'Kaart op je website',
    privacy: 'Alles gebeurt in je eigen browser. Deze site stuurt je gegevens nergens heen.',
    pageTitle: (page: string) => `${page} – Kinderwerkkaart`,
  },

  start: {
    title: 'Kinderwerkkaart voor gemeenten',
    intro: 'Met deze pagina’s zet je het kinderwerk van je gemeente op een kaart. Je hebt alleen een browser nodig.',
    publishText: 'Vul de spreadsheets in en maak er één bestand van: de feed. Je ziet meteen wat nog niet klopt.',
    configureText: 'Kies de feed, de taal en de kleuren, en zie de kaart meteen. Kopieer daarna de code voor je website.',
    iframeText: 'Laat je website geen scripts toe? Dan kies je de iframe-code. Die werkt in bijna elk CMS.',
    go: (page: string) => `Naar ${page.toLowerCase()}`,
  },

  publish: {
    title: 'Feed maken',
  },
};

export type SiteMessages = typeof nl;
