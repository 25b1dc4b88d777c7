/**
 * Dutch texts of the publishing site (docs/site.md), the source catalogue, B1 like
 * lib/i18n/nl.ts. Kept apart from the widget's catalogue so the widget does not ship
 * the site's texts. `en.ts` has the same keys, and every key is used
 * (tests/unit/i18n/keys-used.test.ts checks both catalogues).
 *
 *   siteText('nl').start.title;   // 'Kinderwerkkaart voor gemeenten'
 */
import { publishNl } from './publish-nl';

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

  configure: {
    title: 'Kaart op je website',
    intro: 'Kies hoe de kaart eruitziet. Het voorbeeld verandert meteen mee. Kopieer daarna de code en zet die op je website.',
    choicesTitle: 'Jouw keuzes',
    feed: 'Adres van de feed',
    feedHint: 'Het adres begint met https://. De server van de feed moet andere websites toestaan om hem te lezen (CORS).',
    feedInvalid: 'Dit is geen webadres. Een adres begint met https:// of http://.',
    feedLoading: 'De feed wordt geladen…',
    feedLoaded: (municipality: string, count: number) => `Feed geladen: ${municipality}, ${count} buurten en wijken.`,
    feedFailed: (reason: string) => `Deze feed kon niet worden geladen. ${reason}`,
    language: 'Taal van de kaart',
    area: 'Begin bij',
    areaHint: 'De buurten en wijken komen uit de feed.',
    areaWhole: 'De hele gemeente',
    wijk: 'wijk',
    view: 'Wat zien bezoekers eerst op een smal scherm?',
    viewList: 'De lijst',
    viewMap: 'De kaart',
    listFirst: 'Wat staat eerst in de lijst?',
    listFirstActivities: 'Activiteiten',
    listFirstHuiskamers: 'Huiskamers',
    tiles: 'Achtergrondkaart',
    tilesPdok: 'Grijze kaart van PDOK (Kadaster)',
    tilesNone: 'Geen: alleen buurten en plekken',
    headingLevel: 'Niveau van de titel',
    headingLevelHint: 'Meestal 2: de kaart staat dan onder de hoofdtitel (h1) van je pagina.',
    themeTitle: 'Kleuren en letter',
    themeDefault: 'Standaard',
    themeOwn: 'Eigen kleuren en letter',
    themeNlds: 'NL Design System-tokens van je website',
    themeNldsHint: 'Gebruikt je website NL Design System? Dan neemt de kaart de kleuren en letter van je thema over (tokens van Utrecht). Mist je thema een token, dan geldt de keuze hieronder.',
    colourPrimary: 'Hoofdkleur (knoppen en links)',
    colourPrimaryText: 'Tekst op de hoofdkleur',
    colourText: 'Tekst',
    colourBackground: 'Achtergrond',
    colourFocus: 'Rand om wat de toetsenbordfocus heeft',
    font: 'Lettertype',
    fontHint: 'Bijvoorbeeld: "Fira Sans", sans-serif. Alleen letters, cijfers, spaties, komma’s en aanhalingstekens.',
    fontInvalid: 'Dit lettertype kan niet. Gebruik alleen letters, cijfers, spaties, komma’s en aanhalingstekens.',
    contrastPrimary: 'Tekst op de hoofdkleur',
    contrastText: 'Tekst op de achtergrond',
    contrastLinks: 'Links op de achtergrond',
    contrastFocus: 'Focusrand op de achtergrond',
    contrastLow: (pair: string, ratio: string, needed: string) =>
      `${pair} is slecht te zien: het contrast is ${ratio} : 1. Dat moet minstens ${needed} : 1 zijn.`,
    previewTitle: 'Voorbeeld',
    previewHint: 'Zo ziet de kaart eruit op je website. Dit is de echte kaart: je kunt hem uitproberen.',
    codeTitle: 'Code voor je website',
    kindLegend: 'Hoe zet je de kaart op je website?',
    kindModule: 'Script',
    kindModuleHint: 'Voor de meeste websites.',
    kindClassic: 'Klassiek script',
    kindClassicHint: 'Voor een CMS dat alleen gewone scripts toestaat.',
    kindIframe: 'Iframe',
    kindIframeHint: 'Voor een CMS dat alleen iframes toestaat. Het script eronder maakt het iframe even hoog als de kaart. Mag je geen script plaatsen? Laat het dan weg. Het iframe houdt dan een vaste hoogte, en bezoekers scrollen erin.',
    nldsInFrame: 'Een iframe kan de tokens van je website niet lezen. Daarom krijgt het iframe de kleuren en letter die hierboven staan.',
    code: 'Code',
    hostedHere: 'De code laadt de kaart van deze site. Zet je de map widget/ liever op je eigen website? Vervang dan het adres in de code door dat van jouw kopie.',
    cspTitle: 'Content-Security-Policy',
    cspIntro: 'Heeft je website een Content-Security-Policy? Voeg deze bronnen dan toe aan de regels met dezelfde naam. Staat zo’n regel er nog niet in? Zet er dan ook de bronnen van default-src bij.',
    copyCode: 'Kopieer de code',
    copyCsp: 'Kopieer de CSP-regels',
    copied: 'Gekopieerd.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.',
    frameTitle: 'Kinderwerk in de buurt: kaart en lijst',
  },

  publish: publishNl,
};

export type SiteMessages = typeof nl;
