/**
 * English texts. Same keys as `nl.ts`, checked by `satisfies Messages`: a key
 * missing here or not in Dutch is a type error.
 *
 *   t('en').filters.freeOnlyLong; // 'Free only'
 */
import type { Messages } from './nl';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en = {
  app: {
    exampleData: 'This is example data',
    exampleDataExplained: 'These activities and people are made up. They show how the map works.',
    source: (publisher: string) => `Data from ${publisher}`,
    license: (license: string) => `Licence: ${license}`,
  },

  status: {
    loadingFeed: 'Loading the data…',
    updatedAgo: (relative: string) => `Updated ${relative}`,
    showingOldData: (date: string) => `Updated on ${date}. Newer data could not be loaded.`,
  },

  feedFailures: {
    'not-json': 'The data file is broken. It is not valid JSON.',
    'unknown-format': 'This file is not a kinderwerk feed.',
    'unknown-version': 'We do not know this version of the feed yet.',
    'too-large': 'The data file is too large to show here. Please let the municipality know.',
    'invalid-structure': 'The data file does not have the right structure.',
    offline: 'You are offline.',
    timeout: 'Loading took too long.',
    'http-error': 'The server returned an error.',
    'not-found': 'The data file was not found.',
  },

  days: {
    long: {
      MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
    },
    short: { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' },
    everyDay: 'every day',
  },

  categories: {
    sport: 'Sports',
    play: 'Play',
    creative: 'Arts and crafts',
    'music-dance': 'Music and dance',
    cooking: 'Cooking',
    learning: 'Learning',
    nature: 'Nature',
    other: 'Other',
  },

  programmes: {
    weekly: 'Every week',
    course: 'Course',
    holiday: 'Holiday programme',
  },

  locationKinds: {
    'community-centre': 'Community centre',
    school: 'School',
    playground: 'Playground or square',
    huiskamer: 'Huiskamer',
    outdoors: 'Outdoors',
    other: 'Other place',
  },

  join: {
    'walk-in': 'Just walk in, no sign-up',
    'sign-up': 'Sign up first',
    referral: 'By referral only',
  },

  joinShort: {
    'walk-in': 'Walk in',
    'sign-up': 'Sign up',
    referral: 'Referral',
  },

  referrers: {
    parents: 'Parents',
    school: 'School',
    ggd: 'Public health service (GGD)',
    'jeugd-ggz': 'Youth mental health care',
    wijkagent: 'Neighbourhood police officer',
    wijkteam: 'Neighbourhood team',
    huisarts: 'GP',
    other: 'Other',
  },

  filters: {
    title: 'Filters',
    area: 'Neighbourhood or district',
    areaNoMatch: 'No neighbourhood or district found.',
    age: 'Age of your child',
    ageAny: 'All ages',
    ageValue: (age: number) => `${age} ${age === 1 ? 'year' : 'years'}`,
    days: 'Days',
    daysAny: 'All days',
    categories: 'Type of activity',
    categoriesAny: 'All types',
    freeOnlyLong: 'Free only',
    walkInOnlyLong: 'Only walk-in, no sign-up',
    text: 'Search',
    textPlaceholder: 'Search by name or word',
    nearMe: 'Near me',
    nearMeExplained: 'We ask your browser where you are. This stays on your device.',
    locationDenied: 'We may not see your location. Choose a neighbourhood or enter your postcode.',
    locationUnavailable: 'We could not find your location.',
    reset: 'Clear filters',
  },

  list: {
    title: 'List',
    activities: 'Activities',
    activitiesCount: (n: number) => plural(n, 'activity', 'activities'),
    huiskamers: 'Huiskamers',
    huiskamersCount: (n: number) => plural(n, 'huiskamer', 'huiskamers'),
    contacts: 'Youth workers',
    nothingFound: 'Nothing found. Try fewer filters.',
    sortedByDistance: 'Nearest first',
  },

  map: {
    label: 'Map of activities for children per neighbourhood',
    legend: 'Legend',
    mobile: 'Comes to the neighbourhood',
  },

  leaflet: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    attributionPrefix: 'Leaflet',
    mapKeyboardHint: 'Use the arrow keys to move the map. Plus and minus to zoom.',
  },

  details: {
    close: 'Close',
    when: 'When',
    where: 'Where',
    forWhom: 'For whom',
    cost: 'Cost',
    howToJoin: 'How to join',
    organizer: 'Organisation',
    languages: 'Languages',
    accessibility: 'Accessibility',
    website: 'Website',
    moreInfo: 'More information',
    routeLabel: (place: string) => `Directions to ${place}`,
    callLabel: (who: string) => `Call ${who}`,
    mailLabel: (who: string) => `Email ${who}`,
    signUp: 'Sign up',
    nextTime: (when: string) => `Next time: ${when}`,
    runsFromTo: (from: string, to: string) => `From ${from} to ${to}`,
    placesLeft: (n: number) => (n === 0 ? 'Full' : `${plural(n, 'place', 'places')} left`),
    lastVerified: (date: string) => `Checked on ${date}`,
    distance: (distance: string) => `${distance} away`,
  },

  huiskamer: {
    what: 'A huiskamer is a safe place after school. Your child gets help with what is hard. Children can only join by referral.',
    placesPerDay: 'Places per day',
    enrolled: 'Children enrolled',
    waitingList: 'Waiting list',
    waitingListCount: (n: number) => `${plural(n, 'child', 'children')} on the waiting list`,
    waitingListCountedOn: (date: string) => `Counted on ${date}`,
    noWaitingList: 'No waiting list',
    whoRefers: 'Who can refer?',
    intake: 'How the first meeting goes',
    goals: 'What children work on',
  },

  contact: {
    title: 'Contact',
    knownFaceIn: (area: string) => `Familiar face in ${area}`,
    phone: 'Phone',
    email: 'Email',
    photoOf: (name: string) => `Photo of ${name}`,
    noContacts: 'No youth worker is known for this neighbourhood yet.',
  },

  totals: {
    activities: 'Activities',
    huiskamers: 'Huiskamers',
    placesPerDay: 'Places per day',
    waitingList: 'Waiting list',
    contacts: 'Youth workers',
    children: 'Children',
    per1000: 'Offers per 1,000 children',
    unknown: 'No data yet',
    buurt: 'Neighbourhood',
    wijk: 'District',
  },

  cost: {
    free: 'Free',
    paid: 'Not free',
    unknown: 'Cost unknown',
  },

  age: {
    range: (min: number, max: number) => `${min} to ${max} years`,
    single: (age: number) => `${age} ${age === 1 ? 'year' : 'years'}`,
  },

  distance: {
    metres: (n: string) => `${n}\u00a0m`,
    kilometres: (n: string) => `${n}\u00a0km`,
  },

  options: {
    feedUrl: 'Address of the data (feed)',
    feedUrlHint: 'Ask your municipality or welfare organisation for this address.',
    feedUrlInvalid: 'This is not a valid web address. It starts with https://',
    language: 'Language',
    languageAuto: 'Same as your browser',
    save: 'Save',
    saved: 'Saved',
    useDemo: 'Use example data',
  },

  extension: {
    contextMenu: 'Find kinderwerk in this neighbourhood',
    badgeFailed: (n: number) => `${n === 1 ? 'One feed' : `${n} feeds`} could not be updated. You see the older data.`,
    searchLabel: 'Find a neighbourhood',
    searchHint: 'Type the name of a buurt or wijk, a CBS code or a postcode.',
    searchButton: 'Search',
    searchPlaceholder: 'For example Filmwijk or 1325 AB',
    postcodeSearching: (postcode: string) => `Looking up postcode ${postcode}…`,
    postcodeUnavailable: 'Postcode search is not available right now. Search by the name of the neighbourhood.',
    postcodeNotFound: (postcode: string) => `Postcode ${postcode} was not found. Is it correct?`,
    postcodeOutside: (postcode: string) => `Postcode ${postcode} is not in a neighbourhood of your data.`,
    postcodeFound: (postcode: string, area: string) => `Postcode ${postcode} is in ${area}.`,
    noFeeds: 'There is no data yet. Add the address of a feed in the settings.',
    tryExample: 'Try with example data',
    openOptions: 'Settings',
    lastRefreshFailed: 'The update failed. You see the data that was saved before.',
    refreshNow: 'Update now',
    refreshing: 'Updating…',
    chooseArea: 'Choose a neighbourhood to see what is there.',
    thisWeek: 'Activities this week',
    nothingThisWeek: 'There are no activities in this neighbourhood this week.',
    huiskamers: 'Huiskamers',
    noHuiskamers: 'No huiskamer in this neighbourhood.',
    knownFaces: 'Known faces',
    noKnownFaces: 'The data names no kinderwerker for this neighbourhood.',
    copySummary: 'Copy summary',
    copied: 'Copied. Paste the text into an email or message.',
    copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
    optionsTitle: 'Kinderwerkkaart: settings',
    feedsHeading: 'Feeds',
    feedsIntro: 'A feed is the file with the kinderwerk of a municipality. You can add more municipalities.',
    addFeed: 'Add feed',
    adding: 'Fetching and checking…',
    removeFeed: (name: string) => `Remove ${name}`,
    noFeedsYet: 'You have no feeds yet.',
    feedAdded: (name: string) => `${name} was added.`,
    feedAddedWithProblems: (name: string, n: number) => `${name} was added. ${n === 1 ? 'One part' : `${n} parts`} of the feed ${n === 1 ? 'has an error and is' : 'have errors and are'} not shown.`,
    feedFailed: 'This feed could not be added.',
    feedAlreadyAdded: 'This feed is already there.',
    problemReport: 'What is wrong in the feed',
    problemAt: (path: string) => `Where: ${path}`,
    defaultArea: 'Neighbourhood the extension opens with',
    tiles: 'Address of the map tiles',
    tilesHint: 'By default the BRT-Achtergrondkaart of PDOK (Kadaster).',
    lookupEndpoint: 'Address of the postcode search',
    lookupEndpointHint: 'By default the PDOK Locatieserver. Only used when you type a postcode.',
    privacy: 'The extension sends nothing to us. It only fetches data from the feeds, map tiles and postcode search listed here.',
  },

  summary: {
    title: (area: string, municipality: string) => `Kinderwerk in ${area} (${municipality})`,
    thisWeek: 'This week:',
    nothingThisWeek: 'There are no activities this week.',
    huiskamers: 'Huiskamer (after school, by referral only):',
    referralOnly: 'By referral only',
    placesPerDay: (n: number) => `${n} places a day`,
    waitingList: (n: number, date: string) => `Waiting list: ${n} ${n === 1 ? 'child' : 'children'} (counted on ${date})`,
    questions: 'Questions? Contact:',
    source: (publisher: string, date: string) => `Source: ${publisher}, updated on ${date}.`,
    example: 'Note: this is example data.',
    join: { 'walk-in': 'Just walk in', 'sign-up': 'Sign-up needed', referral: 'By referral only' },
  },

  a11y: {
    opensInNewTab: '(opens in a new tab)',
  },

  mapView: {
    legendOffers: 'Activities and huiskamers per neighbourhood',
    legendPer1000: 'Activities and huiskamers per 1,000 children',
    colourBy: 'Colour of the neighbourhoods',
    colourByOffers: 'Number',
    colourByPer1000: 'Per 1,000 children',
    range: (from: string, to: string) => (from === to ? from : `${from} to ${to}`),
    nothingOnOffer: 'Nothing on offer',
    noFigure: 'No figure: too few children known',
    place: 'Place, with the number',
    huiskamerPlace: 'Place with a huiskamer',
    group: 'Several places close together',
    chosenArea: 'Chosen neighbourhood',
    chosenWijk: 'Chosen district',
    offers: (activities: number, huiskamers: number) => {
      if (activities === 0 && huiskamers === 0) return 'Nothing on offer';
      const parts: string[] = [];
      if (activities > 0) parts.push(plural(activities, 'activity', 'activities'));
      if (huiskamers > 0) parts.push(plural(huiskamers, 'huiskamer', 'huiskamers'));
      return parts.join(' and ');
    },
    placeLabel: (name: string, offers: string) => `${name}: ${offers}`,
    groupLabel: (places: number, offers: string) =>
      `${offers}, at ${places} places close together. Press Enter to zoom in.`,
    offersTotal: (total: number, detail: string) => `${total} in all: ${detail}`,
    per1000: (value: string) => `${value} per 1,000 children`,
    showWholeCity: 'Show the whole municipality',
    listNote: 'Everything on the map is also in the list.',
    tiles: 'Map: Kadaster',
    boundaries: (credit: string) => `Boundaries: ${credit}`,
    tilesFailed: 'The background map does not load. Neighbourhoods and places are still shown.',
  },

  // Filters (helper H)
  filterPanel: {
    toggle: (n: number) => (n === 0 ? 'Filters' : `Filters (${n})`),
    locating: 'Finding your location…',
    areaPlaceholder: 'Type a neighbourhood',
    areaClear: 'Clear neighbourhood or district',
    areaSuggestions: (n: number) =>
      `${plural(n, 'neighbourhood or district', 'neighbourhoods and districts')} found. Choose with the arrow keys and Enter.`,
    areaKindWijk: 'District',
    areaKindBuurt: (wijk?: string) => (wijk ? `Neighbourhood in ${wijk}` : 'Neighbourhood'),
  },

  // ResultList (helper H)
  resultList: {
    summary: (counts: string, area?: string) => (area ? `${counts} in ${area}` : `${counts} in the whole municipality`),
    showMore: (shown: string, total: string) => `Show more (${shown} of ${total})`,
    visits: (areas: string) => `Visits: ${areas}`,
    summaryTitle: (area: string) => `Figures for ${area}`,
    wholeCity: 'Show the whole municipality',
    printTitle: (place: string, date: string) => `Kinderwerk in ${place}, ${date}`,
    printSource: (publisher: string, date: string) => `Data from ${publisher}, updated on ${date}.`,
  },

  // DetailsPanel (helper H)
  detailsPanel: {
    kinds: {
      activity: 'Activity',
      huiskamer: 'Huiskamer',
      contact: 'Youth worker',
      location: 'Place',
      organization: 'Organisation',
      area: 'Neighbourhood or district',
    },
    notWalkIn: 'This is not a drop-in. A child comes here through a referral.',
    notFound: 'This is not (or no longer) in the data.',
    address: 'Address',
    whatHappensHere: 'What happens here',
    aboutPlace: 'More about this place',
    aboutOrganization: 'More about this organisation',
    contacts: 'Contact persons',
    offers: 'What they offer',
    visits: 'Visits these neighbourhoods',
  },

  // StatusBanner (helper H)
  statusBanner: {
    staleTitle: 'Not the latest data.',
    failedTitle: 'The map cannot be shown right now.',
    failedWhatToDo: 'Please try again later. Still not working? Contact the municipality.',
    emptyFeed: 'There are no activities in this data yet.',
    resetAll: 'Clear all filters',
    problemsSummary: (n: number) => `For the publisher: ${plural(n, 'notice', 'notices')} about the data`,
    problemsMore: (n: number) => `And ${n} more.`,
    problemLeftOut: 'left out',
    problemPartlyUsed: 'partly used',
  },

  // Options page of the extension (helper X)
  optionsPage: {
    intro: 'Choose which data the extension uses and how it works.',
    addFeedHeading: 'Add a feed',
    feedUrlRequired: 'Fill in the address of a feed.',
    useDemoHint: 'Made-up data for Almere. Useful to try out the extension.',
    fetchedAt: (date: string) => `Fetched on ${date}`,
    notFetched: 'Not fetched yet',
    refreshOk: (date: string) => `Updated on ${date}`,
    refreshFailed: (date: string, reason: string) => `Update failed on ${date}: ${reason} You see the data that was already stored.`,
    problems: (n: number) => (n === 0 ? 'No errors in the feed' : `${plural(n, 'error', 'errors')} in the feed`),
    feedRemoved: (name: string) => `${name} was removed.`,
    counts: (activities: number, huiskamers: number, contacts: number, buurten: number) =>
      `Read: ${plural(activities, 'activity', 'activities')}, ${plural(huiskamers, 'huiskamer', 'huiskamers')}, ${plural(contacts, 'kinderwerker', 'kinderwerkers')} and ${plural(buurten, 'neighbourhood', 'neighbourhoods')}.`,
    problemsShown: (shown: number, total: number) => `Showing the first ${shown} of ${total}.`,
    permissionWaiting: 'Give permission if your browser asks for it. Then the extension can also update the feed by itself later.',
    permissionRefusedButLoaded: 'You did not give permission for this address. The feed was fetched anyway. Updating it in the background may not work because of this.',
    permissionRefusedAndFailed: 'You did not give permission for this address. That is probably why the extension could not read the feed. Try again and choose Allow.',
    notSavedOffline: 'The feed could not be stored. Without internet you will not see this data.',
    technicalDetail: (message: string) => `For the publisher: ${message}`,
    preferencesHeading: 'Preferences',
    tilesInvalid: 'This address is not right. It starts with https:// and contains {z}, {x} and {y}.',
    saveFailed: 'Saving did not work. Please try again.',
    tileAttribution: 'Map source',
    tileAttributionHint: 'This text is shown under the map. Change it when you choose other map tiles.',
    lookupInvalid: 'This address is not right. It starts with https://',
    defaultAreaNone: 'None',
    removeFailed: (name: string) => `${name} could not be removed. Please try again.`,
    sourceContextSummary: 'Data from a social map system (HSDS or OpenActive)?',
    sourceContextIntro: 'Such an address has no neighbourhood boundaries. Fill in where they are. Leave this empty for a normal kinderwerk feed.',
    buurtenUrl: 'Address of the neighbourhood boundaries (CBS GeoJSON)',
    buurtenUrlHint: 'Needed to put activities in the right neighbourhood.',
    wijkenUrl: 'Address of the district boundaries (optional)',
    wijkenUrlHint: 'For the names and outlines of the districts.',
    municipalityCode: 'Municipality code (optional)',
    municipalityCodeHint: 'The CBS code, for example GM0034 for Almere.',
    sourceContextInvalid: 'An address starts with https:// and a municipality code looks like GM0034.',
    privacyHeading: 'Privacy',
    backgroundRefresh: 'The extension updates the feeds every 6 hours. Without internet you see the data fetched last.',
  },

  // App shell: layout, map/list toggle, data source (helper G)
  appShell: {
    title: (municipality?: string) => (municipality ? `Activities for children in ${municipality}` : 'Activities for children near you'),
    viewToggle: 'Choose what you see',
    showList: 'List',
    showMap: 'Map',
    dataSource: 'About this data',
  },
} satisfies Messages;
