/**
 * Dutch texts, the source catalogue. Written at B1 level: short sentences,
 * everyday words, "je" instead of "u". `en.ts` must have exactly the same keys
 * (the `Messages` type is derived from this file), and every key must be used
 * (tests/unit/i18n/keys-used.test.ts). Texts with a number or a name in them
 * are functions, so a missing argument is a type error.
 *
 *   t('nl').filters.freeOnlyLong;        // 'Alleen gratis'
 *   t('nl').list.activitiesCount(3);     // '3 activiteiten'
 */
import type {
  ActivityCategory, ActivityProgramme, JoinMethod, LocationKind, Referrer, Weekday,
} from '../feed/schema';
import type { FeedFailure } from '../feed/model';
import type { Selection } from '../state';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const nl = {
  app: {
    exampleData: 'Dit is voorbeelddata',
    exampleDataExplained: 'Deze activiteiten en mensen zijn verzonnen. Ze laten zien hoe de kaart werkt.',
    source: (publisher: string) => `Gegevens van ${publisher}`,
    license: (license: string) => `Licentie: ${license}`,
  },

  status: {
    loadingFeed: 'De gegevens worden geladen…',
    updatedAgo: (relative: string) => `Bijgewerkt ${relative}`,
    showingOldData: (date: string) => `Bijgewerkt op ${date}. Nieuwere gegevens konden niet worden geladen.`,
  },

  feedFailures: {
    'not-json': 'Het bestand met gegevens is kapot. Het is geen geldig JSON.',
    'unknown-format': 'Dit bestand is geen kinderwerk-feed.',
    'unknown-version': 'Deze versie van de feed kennen we nog niet.',
    'too-large': 'Het bestand met gegevens is te groot om hier te laten zien. Laat dit weten aan de gemeente.',
    'invalid-structure': 'Het bestand met gegevens heeft niet de goede opbouw.',
    offline: 'Je bent offline.',
    timeout: 'Het laden duurde te lang.',
    'http-error': 'De server gaf een fout.',
    'not-found': 'Het bestand met gegevens is niet gevonden.',
  } satisfies Record<FeedFailure['code'], string>,

  days: {
    long: {
      MO: 'maandag', TU: 'dinsdag', WE: 'woensdag', TH: 'donderdag', FR: 'vrijdag', SA: 'zaterdag', SU: 'zondag',
    } satisfies Record<Weekday, string>,
    short: { MO: 'ma', TU: 'di', WE: 'wo', TH: 'do', FR: 'vr', SA: 'za', SU: 'zo' } satisfies Record<Weekday, string>,
    everyDay: 'elke dag',
  },

  categories: {
    sport: 'Sport',
    play: 'Spelen',
    creative: 'Knutselen en creatief',
    'music-dance': 'Muziek en dans',
    cooking: 'Koken',
    learning: 'Leren',
    nature: 'Natuur',
    other: 'Anders',
  } satisfies Record<ActivityCategory, string>,

  programmes: {
    weekly: 'Elke week',
    course: 'Cursus',
    holiday: 'Vakantieprogramma',
  } satisfies Record<ActivityProgramme, string>,

  locationKinds: {
    'community-centre': 'Buurthuis',
    school: 'School',
    playground: 'Speeltuin of plein',
    huiskamer: 'Huiskamer',
    outdoors: 'Buiten',
    other: 'Andere plek',
  } satisfies Record<LocationKind, string>,

  join: {
    'walk-in': 'Zonder aanmelden binnenlopen',
    'sign-up': 'Eerst aanmelden',
    referral: 'Alleen via een verwijzing',
  } satisfies Record<JoinMethod, string>,

  joinShort: {
    'walk-in': 'Binnenlopen',
    'sign-up': 'Aanmelden',
    referral: 'Verwijzing',
  } satisfies Record<JoinMethod, string>,

  referrers: {
    parents: 'Ouders',
    school: 'School',
    ggd: 'GGD',
    'jeugd-ggz': 'Jeugd-GGZ',
    wijkagent: 'Wijkagent',
    wijkteam: 'Wijkteam',
    huisarts: 'Huisarts',
    other: 'Anders',
  } satisfies Record<Referrer, string>,

  filters: {
    title: 'Filters',
    area: 'Buurt of wijk',
    areaNoMatch: 'Geen buurt of wijk gevonden.',
    age: 'Leeftijd van je kind',
    ageAny: 'Alle leeftijden',
    ageValue: (age: number) => `${age} jaar`,
    days: 'Dagen',
    daysAny: 'Alle dagen',
    categories: 'Soort activiteit',
    categoriesAny: 'Alle soorten',
    freeOnlyLong: 'Alleen gratis',
    walkInOnlyLong: 'Alleen zonder aanmelden binnenlopen',
    text: 'Zoeken',
    textPlaceholder: 'Zoek op naam of woord',
    nearMe: 'Dichtbij mij',
    nearMeExplained: 'We vragen je browser waar je bent. Dat blijft op jouw apparaat.',
    locationDenied: 'We mogen je plek niet zien. Kies een buurt of vul je postcode in.',
    locationUnavailable: 'We konden je plek niet vinden.',
    reset: 'Filters wissen',
  },

  list: {
    title: 'Lijst',
    activities: 'Activiteiten',
    activitiesCount: (n: number) => plural(n, 'activiteit', 'activiteiten'),
    huiskamers: 'Huiskamers',
    huiskamersCount: (n: number) => plural(n, 'huiskamer', 'huiskamers'),
    contacts: 'Kinderwerkers',
    nothingFound: 'Niets gevonden. Maak de filters ruimer.',
    sortedByDistance: 'Dichtbij eerst',
  },

  map: {
    label: 'Kaart met kinderwerk per buurt',
    legend: 'Legenda',
    mobile: 'Komt naar de buurt',
  },

  leaflet: {
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    attributionPrefix: 'Leaflet',
    mapKeyboardHint: 'Gebruik de pijltjestoetsen om de kaart te bewegen. Plus en min om te zoomen.',
  },

  details: {
    close: 'Sluiten',
    when: 'Wanneer',
    where: 'Waar',
    forWhom: 'Voor wie',
    cost: 'Kosten',
    howToJoin: 'Zo doe je mee',
    organizer: 'Organisatie',
    languages: 'Talen',
    accessibility: 'Toegankelijkheid',
    website: 'Website',
    moreInfo: 'Meer informatie',
    routeLabel: (place: string) => `Route naar ${place}`,
    callLabel: (who: string) => `Bel ${who}`,
    mailLabel: (who: string) => `Mail ${who}`,
    signUp: 'Aanmelden',
    nextTime: (when: string) => `Volgende keer: ${when}`,
    runsFromTo: (from: string, to: string) => `Van ${from} tot en met ${to}`,
    placesLeft: (n: number) => (n === 0 ? 'Vol' : `Nog ${plural(n, 'plek', 'plekken')} vrij`),
    lastVerified: (date: string) => `Gecontroleerd op ${date}`,
    distance: (distance: string) => `${distance} hiervandaan`,
  },

  huiskamer: {
    what: 'Een huiskamer is een veilige plek na school. Je kind krijgt hulp bij wat moeilijk is. Meedoen kan alleen via een verwijzing.',
    placesPerDay: 'Plekken per dag',
    enrolled: 'Kinderen ingeschreven',
    waitingList: 'Wachtlijst',
    waitingListCount: (n: number) => `${plural(n, 'kind', 'kinderen')} op de wachtlijst`,
    waitingListCountedOn: (date: string) => `Geteld op ${date}`,
    noWaitingList: 'Geen wachtlijst',
    whoRefers: 'Wie kan verwijzen?',
    intake: 'Zo gaat de kennismaking',
    goals: 'Waar kinderen aan werken',
  },

  contact: {
    title: 'Contact',
    knownFaceIn: (area: string) => `Vast gezicht in ${area}`,
    phone: 'Telefoon',
    email: 'E-mail',
    photoOf: (name: string) => `Foto van ${name}`,
    noContacts: 'Voor deze buurt is nog geen kinderwerker bekend.',
  },

  totals: {
    activities: 'Activiteiten',
    huiskamers: 'Huiskamers',
    placesPerDay: 'Plekken per dag',
    waitingList: 'Wachtlijst',
    contacts: 'Kinderwerkers',
    children: 'Kinderen',
    per1000: 'Aanbod per 1.000 kinderen',
    unknown: 'Nog geen gegevens',
    buurt: 'Buurt',
    wijk: 'Wijk',
  },

  cost: {
    free: 'Gratis',
    paid: 'Niet gratis',
    unknown: 'Kosten onbekend',
  },

  age: {
    range: (min: number, max: number) => `${min} tot ${max} jaar`,
    single: (age: number) => `${age} jaar`,
  },

  distance: {
    metres: (n: string) => `${n}\u00a0m`,
    kilometres: (n: string) => `${n}\u00a0km`,
  },

  options: {
    feedUrl: 'Adres van de gegevens (feed)',
    feedUrlHint: 'Vraag dit adres aan je gemeente of welzijnsorganisatie.',
    feedUrlInvalid: 'Dit is geen goed webadres. Het begint met https://',
    language: 'Taal',
    languageAuto: 'Zoals je browser',
    save: 'Opslaan',
    saved: 'Opgeslagen',
    useDemo: 'Voorbeelddata gebruiken',
  },

  extension: {
    contextMenu: 'Zoek kinderwerk in deze buurt',
    badgeFailed: (n: number) => `${n === 1 ? 'Eén feed kon' : `${n} feeds konden`} niet worden bijgewerkt. Je ziet de oude gegevens.`,
    searchLabel: 'Zoek een buurt',
    searchHint: 'Typ de naam van een buurt of wijk, een CBS-code of een postcode.',
    searchButton: 'Zoek',
    searchPlaceholder: 'Bijvoorbeeld Filmwijk of 1325 AB',
    postcodeSearching: (postcode: string) => `Postcode ${postcode} zoeken…`,
    postcodeUnavailable: 'Zoeken op postcode lukt nu niet. Zoek op de naam van de buurt.',
    postcodeNotFound: (postcode: string) => `Postcode ${postcode} is niet gevonden. Klopt de postcode?`,
    postcodeOutside: (postcode: string) => `Postcode ${postcode} ligt niet in een buurt van jouw gegevens.`,
    postcodeFound: (postcode: string, area: string) => `Postcode ${postcode} ligt in ${area}.`,
    noFeeds: 'Er zijn nog geen gegevens. Voeg in de instellingen het adres van een feed toe.',
    tryExample: 'Probeer met voorbeelddata',
    openOptions: 'Instellingen',
    lastRefreshFailed: 'Bijwerken is niet gelukt. Je ziet de gegevens die al waren opgeslagen.',
    refreshNow: 'Nu bijwerken',
    refreshing: 'Bezig met bijwerken…',
    chooseArea: 'Kies een buurt om te zien wat er is.',
    thisWeek: 'Activiteiten deze week',
    nothingThisWeek: 'Deze week zijn er geen activiteiten in deze buurt.',
    huiskamers: 'Huiskamers',
    noHuiskamers: 'Geen huiskamer in deze buurt.',
    knownFaces: 'Bekende gezichten',
    noKnownFaces: 'Voor deze buurt staat geen kinderwerker in de gegevens.',
    copySummary: 'Kopieer samenvatting',
    copied: 'Gekopieerd. Plak de tekst in een mail of bericht.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer hem zelf.',
    optionsTitle: 'Kinderwerkkaart: instellingen',
    feedsHeading: 'Feeds',
    feedsIntro: 'Een feed is het bestand met het kinderwerk van een gemeente. Je kunt meer gemeenten toevoegen.',
    addFeed: 'Feed toevoegen',
    adding: 'Bezig met ophalen en controleren…',
    removeFeed: (name: string) => `Verwijder ${name}`,
    noFeedsYet: 'Je hebt nog geen feeds.',
    feedAdded: (name: string) => `${name} is toegevoegd.`,
    feedAddedWithProblems: (name: string, n: number) => `${name} is toegevoegd. ${n === 1 ? 'Eén onderdeel' : `${n} onderdelen`} van de feed ${n === 1 ? 'heeft' : 'hebben'} een fout en ${n === 1 ? 'wordt' : 'worden'} niet getoond.`,
    feedFailed: 'Deze feed kon niet worden toegevoegd.',
    feedAlreadyAdded: 'Deze feed staat er al.',
    problemReport: 'Wat er mis is in de feed',
    problemAt: (path: string) => `Plaats: ${path}`,
    defaultArea: 'Buurt waarmee de extensie opent',
    tiles: 'Adres van de kaarttegels',
    tilesHint: 'Standaard de BRT-Achtergrondkaart van PDOK (Kadaster).',
    lookupEndpoint: 'Adres van de postcodezoeker',
    lookupEndpointHint: 'Standaard de Locatieserver van PDOK. Wordt alleen gebruikt als je een postcode typt.',
    privacy: 'De extensie stuurt niets naar ons. Ze haalt alleen gegevens op bij de feeds, de kaarttegels en de postcodezoeker die hier staan.',
  },

  summary: {
    title: (area: string, municipality: string) => `Kinderwerk in ${area} (${municipality})`,
    thisWeek: 'Deze week:',
    nothingThisWeek: 'Deze week zijn er geen activiteiten.',
    huiskamers: 'Huiskamer (na school, alleen via een verwijzing):',
    referralOnly: 'Alleen via een verwijzing',
    placesPerDay: (n: number) => `${n} plekken per dag`,
    waitingList: (n: number, date: string) => `Wachtlijst: ${n} ${n === 1 ? 'kind' : 'kinderen'} (geteld op ${date})`,
    questions: 'Vragen? Neem contact op met:',
    source: (publisher: string, date: string) => `Bron: ${publisher}, bijgewerkt op ${date}.`,
    example: 'Let op: dit zijn voorbeeldgegevens.',
    join: { 'walk-in': 'Je kunt zo binnenlopen', 'sign-up': 'Aanmelden nodig', referral: 'Alleen via een verwijzing' } satisfies Record<JoinMethod, string>,
  },

  a11y: {
    opensInNewTab: '(opent in een nieuw tabblad)',
  },

  mapView: {
    legendOffers: 'Activiteiten en huiskamers per buurt',
    legendPer1000: 'Activiteiten en huiskamers per 1.000 kinderen',
    colourBy: 'Kleur van de buurten',
    colourByOffers: 'Aantal',
    colourByPer1000: 'Per 1.000 kinderen',
    range: (from: string, to: string) => (from === to ? from : `${from} tot ${to}`),
    nothingOnOffer: 'Geen aanbod',
    noFigure: 'Geen cijfer: te weinig kinderen bekend',
    place: 'Plek, met het aantal',
    huiskamerPlace: 'Plek met een huiskamer',
    group: 'Meer plekken dicht bij elkaar',
    chosenArea: 'Gekozen buurt',
    chosenWijk: 'Gekozen wijk',
    offers: (activities: number, huiskamers: number) => {
      if (activities === 0 && huiskamers === 0) return 'Geen aanbod';
      const parts: string[] = [];
      if (activities > 0) parts.push(plural(activities, 'activiteit', 'activiteiten'));
      if (huiskamers > 0) parts.push(plural(huiskamers, 'huiskamer', 'huiskamers'));
      return parts.join(' en ');
    },
    placeLabel: (name: string, offers: string) => `${name}: ${offers}`,
    groupLabel: (places: number, offers: string) =>
      `${offers}, op ${places} plekken dicht bij elkaar. Druk op Enter om in te zoomen.`,
    offersTotal: (total: number, detail: string) => `${total} in totaal: ${detail}`,
    per1000: (value: string) => `${value} per 1.000 kinderen`,
    showWholeCity: 'Hele gemeente tonen',
    listNote: 'Alles wat op de kaart staat, vind je ook in de lijst.',
    tiles: 'Kaart: Kadaster',
    boundaries: (credit: string) => `Buurtgrenzen: ${credit}`,
    tilesFailed: 'De achtergrondkaart laadt niet. De buurten en plekken zie je wel.',
  },

  // Filters (helper H)
  filterPanel: {
    toggle: (n: number) => (n === 0 ? 'Filters' : `Filters (${n})`),
    locating: 'Je plek zoeken…',
    areaPlaceholder: 'Typ een buurt of wijk',
    areaClear: 'Buurt of wijk wissen',
    areaSuggestions: (n: number) => `${plural(n, 'buurt of wijk', 'buurten en wijken')} gevonden. Kies met de pijltjes en Enter.`,
    areaKindWijk: 'Wijk',
    areaKindBuurt: (wijk?: string) => (wijk ? `Buurt in ${wijk}` : 'Buurt'),
  },

  // ResultList (helper H)
  resultList: {
    summary: (counts: string, area?: string) => (area ? `${counts} in ${area}` : `${counts} in de hele gemeente`),
    showMore: (shown: string, total: string) => `Meer tonen (${shown} van ${total})`,
    visits: (areas: string) => `Komt naar: ${areas}`,
    summaryTitle: (area: string) => `Cijfers voor ${area}`,
    wholeCity: 'Hele gemeente tonen',
    printTitle: (place: string, date: string) => `Kinderwerk in ${place}, ${date}`,
    printSource: (publisher: string, date: string) => `Gegevens van ${publisher}, bijgewerkt op ${date}.`,
  },

  // DetailsPanel (helper H)
  detailsPanel: {
    kinds: {
      activity: 'Activiteit',
      huiskamer: 'Huiskamer',
      contact: 'Kinderwerker',
      location: 'Plek',
      organization: 'Organisatie',
      area: 'Buurt of wijk',
    } satisfies Record<Selection['kind'], string>,
    notWalkIn: 'Dit is geen inloop. Een kind komt hier via een verwijzing.',
    notFound: 'Dit staat niet (meer) in de gegevens.',
    address: 'Adres',
    whatHappensHere: 'Wat er hier gebeurt',
    aboutPlace: 'Meer over deze plek',
    aboutOrganization: 'Meer over deze organisatie',
    contacts: 'Contactpersonen',
    offers: 'Aanbod',
    visits: 'Komt in deze buurten',
  },

  // StatusBanner (helper H)
  statusBanner: {
    staleTitle: 'Niet de nieuwste gegevens.',
    failedTitle: 'De kaart kan nu niet worden getoond.',
    failedWhatToDo: 'Probeer het later nog een keer. Lukt het niet? Neem dan contact op met de gemeente.',
    emptyFeed: 'Er staan nog geen activiteiten in deze gegevens.',
    resetAll: 'Wis alle filters',
    problemsSummary: (n: number) => `Voor de uitgever: ${plural(n, 'melding', 'meldingen')} over de gegevens`,
    problemsMore: (n: number) => `En nog ${n}.`,
    problemLeftOut: 'weggelaten',
    problemPartlyUsed: 'deels gebruikt',
  },

  // Options page of the extension (helper X)
  optionsPage: {
    intro: 'Hier kies je welke gegevens de extensie gebruikt en hoe ze werkt.',
    addFeedHeading: 'Een feed toevoegen',
    feedUrlRequired: 'Vul het adres van een feed in.',
    useDemoHint: 'Verzonnen gegevens van Almere. Handig om de extensie uit te proberen.',
    fetchedAt: (date: string) => `Opgehaald op ${date}`,
    notFetched: 'Nog niet opgehaald',
    refreshOk: (date: string) => `Bijwerken gelukt op ${date}`,
    refreshFailed: (date: string, reason: string) => `Bijwerken mislukt op ${date}: ${reason} Je ziet de gegevens die al waren opgeslagen.`,
    problems: (n: number) => (n === 0 ? 'Geen fouten in de feed' : `${plural(n, 'fout', 'fouten')} in de feed`),
    feedRemoved: (name: string) => `${name} is verwijderd.`,
    counts: (activities: number, huiskamers: number, contacts: number, buurten: number) =>
      `Ingelezen: ${plural(activities, 'activiteit', 'activiteiten')}, ${plural(huiskamers, 'huiskamer', 'huiskamers')}, ${plural(contacts, 'kinderwerker', 'kinderwerkers')} en ${plural(buurten, 'buurt', 'buurten')}.`,
    problemsShown: (shown: number, total: number) => `Je ziet de eerste ${shown} van ${total}.`,
    permissionWaiting: 'Geef toestemming als je browser erom vraagt. Dan kan de extensie de feed later ook zelf bijwerken.',
    permissionRefusedButLoaded: 'Je gaf geen toestemming voor dit adres. De feed is wel opgehaald. Zelf bijwerken op de achtergrond lukt daardoor misschien niet.',
    permissionRefusedAndFailed: 'Je gaf geen toestemming voor dit adres. Daardoor kon de extensie de feed waarschijnlijk niet lezen. Probeer het opnieuw en kies Toestaan.',
    notSavedOffline: 'De feed kon niet worden bewaard. Zonder internet zie je deze gegevens niet.',
    technicalDetail: (message: string) => `Voor de uitgever: ${message}`,
    preferencesHeading: 'Voorkeuren',
    tilesInvalid: 'Dit adres klopt niet. Het begint met https:// en bevat {z}, {x} en {y}.',
    saveFailed: 'Opslaan lukte niet. Probeer het nog een keer.',
    tileAttribution: 'Bron van de kaart',
    tileAttributionHint: 'Deze tekst staat onder de kaart. Pas hem aan als je andere kaarttegels kiest.',
    lookupInvalid: 'Dit adres klopt niet. Het begint met https://',
    defaultAreaNone: 'Geen',
    removeFailed: (name: string) => `${name} kon niet worden verwijderd. Probeer het nog een keer.`,
    sourceContextSummary: 'Gegevens uit een sociale kaart (HSDS of OpenActive)?',
    sourceContextIntro: 'Zo\'n adres heeft geen buurtgrenzen. Vul hier in waar die staan. Laat dit leeg voor een gewone kinderwerk-feed.',
    buurtenUrl: 'Adres van de buurtgrenzen (GeoJSON van het CBS)',
    buurtenUrlHint: 'Nodig om activiteiten in de goede buurt te zetten.',
    wijkenUrl: 'Adres van de wijkgrenzen (mag leeg)',
    wijkenUrlHint: 'Voor de namen en grenzen van de wijken.',
    municipalityCode: 'Gemeentecode (mag leeg)',
    municipalityCodeHint: 'De CBS-code, bijvoorbeeld GM0034 voor Almere.',
    sourceContextInvalid: 'Een adres begint met https:// en een gemeentecode ziet eruit als GM0034.',
    privacyHeading: 'Privacy',
    backgroundRefresh: 'De extensie werkt de feeds elke 6 uur bij. Zonder internet zie je de gegevens die het laatst zijn opgehaald.',
  },

  // App shell: layout, map/list toggle, data source (helper G)
  appShell: {
    title: (municipality?: string) => (municipality ? `Kinderwerk in ${municipality}` : 'Kinderwerk bij jou in de buurt'),
    viewToggle: 'Kies wat je ziet',
    showList: 'Lijst',
    showMap: 'Kaart',
    dataSource: 'Over deze gegevens',
  },
};

export type Messages = typeof nl;
