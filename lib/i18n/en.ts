/**
 * English texts. Same keys as `nl.ts`, checked by `satisfies Messages`: a key
 * missing here or not in Dutch is a type error.
 *
 *   t('en').filters.freeOnly; // 'Free'
 */
import type { Messages } from './nl';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en = {
  app: {
    name: 'Kinderwerkkaart',
    tagline: 'Activities for children near you',
    intro: 'Find activities for children aged 4 to 12. Most of them are free.',
    exampleData: 'This is example data',
    exampleDataExplained: 'These activities and people are made up. They show how the map works.',
    skipToList: 'Skip to the list',
    openFullMap: 'Open the full map',
    source: (publisher: string) => `Data from ${publisher}`,
    license: (license: string) => `Licence: ${license}`,
  },

  status: {
    loading: 'Loading…',
    loadingFeed: 'Loading the data…',
    updatedOn: (date: string) => `Updated on ${date}`,
    updatedAgo: (relative: string) => `Updated ${relative}`,
    feedUnreachable: 'The data could not be loaded.',
    feedUnreachableHint: 'Check your internet connection. Try again later.',
    showingOldData: (date: string) => `You are seeing data from ${date}. Newer data could not be loaded.`,
    offline: 'You are offline. You are seeing the data from your last visit.',
    retry: 'Try again',
    noData: 'No data yet',
    problemsInFeed: (n: number) => `${plural(n, 'part', 'parts')} of the data could not be shown.`,
  },

  feedFailures: {
    'not-json': 'The data file is broken. It is not valid JSON.',
    'unknown-format': 'This file is not a kinderwerk feed.',
    'unknown-version': 'We do not know this version of the feed yet.',
    'too-large': 'The data file is too large.',
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
    weekdays: 'Monday to Friday',
  },

  timeOfDay: {
    morning: 'Morning',
    afternoon: 'Afternoon',
    evening: 'Evening',
  },

  timeOfDayHint: {
    morning: 'before 12:00',
    afternoon: '12:00 to 18:00',
    evening: 'from 18:00',
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
    show: 'Show filters',
    hide: 'Hide filters',
    area: 'Neighbourhood or district',
    areaPlaceholder: 'Name of your neighbourhood, district or postcode',
    areaAll: 'All neighbourhoods',
    areaNoMatch: 'No neighbourhood or district found.',
    postcodeSearching: 'Looking up postcode…',
    postcodeNotFound: 'We do not know this postcode.',
    age: 'Age of your child',
    ageAny: 'All ages',
    ageValue: (age: number) => `${age} ${age === 1 ? 'year' : 'years'}`,
    days: 'Days',
    daysAny: 'All days',
    timeOfDay: 'Time',
    timeOfDayAny: 'All day',
    categories: 'Type of activity',
    categoriesAny: 'All types',
    freeOnly: 'Free',
    freeOnlyLong: 'Free only',
    walkInOnly: 'No sign-up',
    walkInOnlyLong: 'Only walk-in, no sign-up',
    join: 'How to join',
    text: 'Search',
    textPlaceholder: 'Search by name or word',
    thisWeek: 'This week',
    thisWeekLong: 'Only what is on this week',
    nearMe: 'Near me',
    nearMeExplained: 'We ask your browser where you are. This stays on your device.',
    locationDenied: 'We may not see your location. Choose a neighbourhood or enter your postcode.',
    locationUnavailable: 'We could not find your location.',
    reset: 'Clear filters',
    apply: 'Apply',
    active: (n: number) => `${plural(n, 'filter', 'filters')} on`,
  },

  list: {
    title: 'List',
    count: (n: number) => plural(n, 'result', 'results'),
    activities: 'Activities',
    activitiesCount: (n: number) => plural(n, 'activity', 'activities'),
    huiskamers: 'Huiskamers',
    huiskamersCount: (n: number) => plural(n, 'huiskamer', 'huiskamers'),
    contacts: 'Youth workers',
    contactsCount: (n: number) => plural(n, 'youth worker', 'youth workers'),
    nothingFound: 'Nothing found. Try fewer filters.',
    sortedByDistance: 'Nearest first',
    sortedByName: 'By name',
    showMore: 'Show more',
    inArea: (area: string) => `In ${area}`,
    wholeCity: 'In the whole municipality',
  },

  map: {
    title: 'Map',
    label: 'Map of activities for children per neighbourhood',
    legend: 'Legend',
    legendActivity: 'Activity',
    legendHuiskamer: 'Huiskamer',
    legendYou: 'You are here',
    legendBuurt: 'Neighbourhood',
    legendSelected: 'Chosen neighbourhood',
    legendPer1000: 'Offers per 1,000 children',
    legendLow: 'Few',
    legendHigh: 'Many',
    legendNoData: 'No data yet',
    showList: 'Show list',
    showMap: 'Show map',
    zoomToArea: 'Zoom to this neighbourhood',
    mobile: 'Comes to the neighbourhood',
    mobileExplained: 'This activity has no fixed place. It visits these neighbourhoods:',
    tilesUnavailable: 'The map could not be loaded. The list still works.',
  },

  leaflet: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    attributionPrefix: 'Leaflet',
    attributionLabel: 'Map sources',
    closePopup: 'Close',
    mapKeyboardHint: 'Use the arrow keys to move the map. Plus and minus to zoom.',
    marker: (name: string) => `Place: ${name}`,
  },

  details: {
    title: 'Details',
    close: 'Close',
    back: 'Back',
    print: 'Print',
    share: 'Share',
    copyLink: 'Copy link',
    linkCopied: 'Link copied',
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
    route: 'Directions',
    routeLabel: (place: string) => `Directions to ${place}`,
    call: 'Call',
    callLabel: (who: string) => `Call ${who}`,
    mail: 'Email',
    mailLabel: (who: string) => `Email ${who}`,
    signUp: 'Sign up',
    nextTime: (when: string) => `Next time: ${when}`,
    runsFromTo: (from: string, to: string) => `From ${from} to ${to}`,
    placesLeft: (n: number) => (n === 0 ? 'Full' : `${plural(n, 'place', 'places')} left`),
    full: 'Full',
    lastVerified: (date: string) => `Checked on ${date}`,
    distance: (distance: string) => `${distance} away`,
    servesBuurten: 'Visits these neighbourhoods',
    noSchedule: 'No times known yet',
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
    referralOnly: 'By referral only',
  },

  contact: {
    title: 'Contact',
    knownFace: 'The familiar face in the neighbourhood',
    knownFaceIn: (area: string) => `Familiar face in ${area}`,
    phone: 'Phone',
    email: 'Email',
    photoOf: (name: string) => `Photo of ${name}`,
    noContacts: 'No youth worker is known for this neighbourhood yet.',
  },

  totals: {
    title: 'Figures per neighbourhood',
    activities: 'Activities',
    huiskamers: 'Huiskamers',
    placesPerDay: 'Places per day',
    enrolled: 'Enrolled',
    waitingList: 'Waiting list',
    contacts: 'Youth workers',
    children: 'Children',
    per1000: 'Offers per 1,000 children',
    per1000Explained: 'Activities and huiskamers together, per 1,000 children living in the neighbourhood.',
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
    from: (min: number) => `From ${min} years`,
  },

  distance: {
    metres: (n: string) => `${n}\u00a0m`,
    kilometres: (n: string) => `${n}\u00a0km`,
  },

  options: {
    title: 'Settings',
    feedUrl: 'Address of the data (feed)',
    feedUrlHint: 'Ask your municipality or welfare organisation for this address.',
    feedUrlInvalid: 'This is not a valid web address. It starts with https://',
    language: 'Language',
    languageAuto: 'Same as your browser',
    save: 'Save',
    saved: 'Saved',
    permissionNeeded: 'The extension needs permission to read this address.',
    permissionDenied: 'Permission was not given. The data will not be loaded.',
    useDemo: 'Use example data',
    clearCache: 'Clear stored data',
    cacheCleared: 'Stored data cleared',
  },

  languageNames: {
    nl: 'Nederlands',
    en: 'English',
  },

  a11y: {
    required: 'required',
    opensInNewTab: '(opens in a new tab)',
    selected: 'selected',
    results: (n: number) => plural(n, 'result', 'results'),
    loadingDone: 'Finished loading',
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
    offers: (activities: number, huiskamers: number) => {
      if (activities === 0 && huiskamers === 0) return 'Nothing on offer';
      const parts: string[] = [];
      if (activities > 0) parts.push(plural(activities, 'activity', 'activities'));
      if (huiskamers > 0) parts.push(plural(huiskamers, 'huiskamer', 'huiskamers'));
      return parts.join(' and ');
    },
    placeLabel: (name: string, offers: string) => `${name}: ${offers}`,
    groupLabel: (places: number, offers: string) =>
      `${places} places close together, with ${offers} in all. Press Enter to zoom in.`,
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
    areaPlaceholder: 'Type a name, for example Centrum',
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
    staleTitle: 'No connection.',
    failedTitle: 'The map cannot be shown right now.',
    failedWhatToDo: 'Please try again later. Still not working? Contact the municipality.',
    emptyFeed: 'There are no activities in this data yet.',
    resetAll: 'Clear all filters',
    problemsSummary: (n: number) => `For the publisher: ${plural(n, 'notice', 'notices')} about the data`,
    problemsMore: (n: number) => `And ${n} more.`,
    problemLeftOut: 'left out',
    problemPartlyUsed: 'partly used',
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
