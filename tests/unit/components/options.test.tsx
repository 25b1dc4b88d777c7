// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsPage } from '../../../components/options/OptionsPage';
import type { OptionsServices } from '../../../components/options/services';
import type { AddFeedOutcome, AddFeedStart } from '../../../lib/extension/add-feed';
import type { AreaChoiceGroup } from '../../../lib/extension/area-choices';
import type { FeedOverviewRow } from '../../../lib/extension/feed-overview';
import type { Settings } from '../../../lib/extension/settings';
import type { FeedProblem } from '../../../lib/feed/model';
import type { Lang } from '../../../lib/i18n';
import { validDemo } from '../../helpers/demo-feed';
import { buttonNamed, byLabel, choose, click, type, update } from './render';

const ALMERE = 'https://data.almere.example/kinderwerk.json';
const TILBURG = 'https://open.tilburg.example/kinderwerk.json';
const NEW_FEED = 'https://data.zwolle.example/kinderwerk.json';
const PDOK = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';

const SETTINGS: Settings = {
  feeds: [{ url: ALMERE, name: 'Almere' }, { url: TILBURG }],
  lang: 'nl',
  tiles: PDOK,
  tileAttribution: 'Kaart: Kadaster',
  lookupEndpoint: 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free',
  // Pinned in the popup; saving the preferences keeps them.
  pinnedAreas: ['BU00340202'],
};

const ROWS: Record<string, Omit<FeedOverviewRow, 'url'>> = {
  [ALMERE]: {
    name: 'Almere',
    fetchedAt: '2026-11-23T12:00:00.000Z',
    health: { ok: false, checkedAt: '2026-11-24T12:00:00.000Z', failure: { code: 'timeout', message: 'no answer within 15 s' } },
    problemCount: 3,
    example: false,
  },
  // Subscribed, but never loaded: no name from the feed yet.
  [TILBURG]: { example: false },
};

const GROUPS: AreaChoiceGroup[] = [
  {
    municipality: 'Almere',
    areas: [
      { code: 'WK003402', name: 'Almere Stad', kind: 'wijk' },
      { code: 'BU00340202', name: 'Filmwijk', kind: 'buurt' },
      { code: 'BU00340203', name: 'Muziekwijk', kind: 'buurt' },
    ],
  },
  {
    municipality: 'Tilburg',
    areas: [
      { code: 'WK085501', name: 'Centrum', kind: 'wijk' },
      { code: 'BU08550101', name: 'Binnenstad', kind: 'buurt' },
    ],
  },
];

const PROBLEMS: FeedProblem[] = [
  { path: 'activities[3].ageRange', id: 'zwo-act-judo', kind: 'activities', reason: 'The minimum age is above the maximum age; swap them.', severity: 'error' },
  { path: 'contacts[1].phone', id: 'zwo-con-ali', kind: 'contacts', reason: 'This is not a phone number; it was left out.', severity: 'warning' },
];

function addedOutcome(url: string, problems: FeedProblem[] = PROBLEMS): AddFeedOutcome {
  const demo = validDemo('almere.json');
  const data = { ...demo.data, meta: { ...demo.data.meta, municipality: { code: 'GM0193', name: 'Zwolle' } } };
  const counts = {
    ...demo.counts,
    activities: { kept: 12, dropped: 1 },
    huiskamers: { kept: 2, dropped: 0 },
    contacts: { kept: 1, dropped: 0 },
    buurten: { kept: 40, dropped: 0 },
  };
  return { status: 'added', permission: 'granted', feed: { url, data, problems, counts, fetchedAt: '2026-11-24T12:00:00.000Z' } };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** The browser side, in memory: subscriptions, what the overview says per feed, and the buurt choices. */
function fakeServices(start: Settings = SETTINGS) {
  let stored = structuredClone(start);
  const rows = new Map(Object.entries(ROWS));
  let pendingAdd = deferred<AddFeedOutcome>();
  const changeListeners = new Set<() => void>();
  const services = {
    exampleFeedUrl: 'chrome-extension://test/feeds/almere.json',
    browserLanguages: ['nl-NL'],
    startAddingFeed: vi.fn((text: string, subscribed: readonly { url: string }[]): AddFeedStart => {
      const trimmed = text.trim();
      if (!trimmed) return { ok: false, reason: 'empty' };
      if (!/^https?:\/\/[^/]+/.test(trimmed) && !trimmed.startsWith('chrome-extension:')) return { ok: false, reason: 'invalid' };
      const existing = subscribed.find((feed) => feed.url === trimmed);
      if (existing) return { ok: false, reason: 'already-added', name: 'Almere' };
      const outcome = pendingAdd.promise.then((result) => {
        if (result.status === 'added') {
          const name = result.feed.data.meta.municipality.name;
          stored = { ...stored, feeds: [...stored.feeds, { url: trimmed, name }] };
          rows.set(trimmed, { name, fetchedAt: result.feed.fetchedAt, problemCount: result.feed.problems.length, example: false });
        }
        return result;
      });
      return { ok: true, outcome };
    }),
    removeFeed: vi.fn(async (url: string) => {
      stored = { ...stored, feeds: stored.feeds.filter((feed) => feed.url !== url) };
    }),
    loadOverview: vi.fn(async (feeds: readonly { url: string; name?: string }[]) =>
      feeds.map((feed): FeedOverviewRow => ({ url: feed.url, ...(rows.get(feed.url) ?? { name: feed.name, example: false }) }))),
    loadAreaChoices: vi.fn(async (feeds: readonly { url: string }[]) =>
      GROUPS.filter((group) => feeds.some((feed) => rows.get(feed.url)?.name === group.municipality))),
    loadSettings: vi.fn(async () => structuredClone(stored)),
    saveSettings: vi.fn(async (settings: Settings) => {
      stored = structuredClone(settings);
    }),
    onChanged: vi.fn((listener: () => void) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    }),
  } satisfies OptionsServices;
  return {
    services,
    /** Answers the add that is under way. */
    finishAdd: async (outcome: AddFeedOutcome) => {
      pendingAdd.resolve(outcome);
      pendingAdd = deferred();
      await flush();
    },
    /** What the background does after a refresh: new health in storage, then a change event. */
    backgroundRefreshed: async (url: string, row: Omit<FeedOverviewRow, 'url'>) => {
      rows.set(url, row);
      update(() => changeListeners.forEach((listener) => listener()));
      await flush();
    },
    listening: () => changeListeners.size,
  };
}

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) update(() => render(null, container!));
  container?.remove();
  container = undefined;
});

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function openPage(fake = fakeServices(), initial: Settings = SETTINGS, onLanguage?: (lang: Lang) => void) {
  container = document.createElement('div');
  document.body.append(container);
  update(() => render(<OptionsPage services={fake.services} initial={initial} onLanguage={onLanguage} />, container!));
  await flush();
  return { ...fake, page: container };
}

const page = () => container!;
const text = () => page().textContent ?? '';
const feedCards = () => [...page().querySelectorAll<HTMLElement>('.kwk-options-feed')];
const addressField = () => byLabel<HTMLInputElement>(page(), 'Adres van de gegevens (feed)');
const statusTexts = () => [...page().querySelectorAll('[role=status]')].map((region) => region.textContent ?? '');
const report = () => page().querySelector<HTMLElement>('.kwk-options-report');
const errorOf = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).filter(Boolean).join(' | ');

async function submitAddress(value: string) {
  type(addressField(), value);
  click(buttonNamed(page(), 'Feed toevoegen'));
  await flush();
}

describe('options page: the feed list', () => {
  it('shows per feed the municipality, when it was fetched, a failed refresh in words and the error count', async () => {
    await openPage();
    const [almere, tilburg] = feedCards();

    expect(almere.querySelector('h3')!.textContent).toBe('Almere');
    expect(almere.textContent).toContain(ALMERE);
    expect(almere.textContent).toMatch(/Opgehaald op maandag 23 november, \d\d:\d\d/);
    expect(almere.textContent).toMatch(/Bijwerken mislukt op dinsdag 24 november, \d\d:\d\d: Het laden duurde te lang\. Je ziet de gegevens die al waren opgeslagen\./);
    expect(almere.textContent).toContain('3 fouten in de feed');
    expect(almere.textContent).not.toContain('no answer within 15 s');

    // Never loaded: named after its website until the feed says which municipality it is.
    expect(tilburg.querySelector('h3')!.textContent).toBe('open.tilburg.example');
    expect(tilburg.textContent).toContain('Nog niet opgehaald');
  });

  it("keeps the address of the municipality's map per feed, https only", async () => {
    const fake = await openPage();
    const [almere] = feedCards();
    const field = byLabel<HTMLInputElement>(almere, 'Adres van de kaart op de website van de gemeente');
    type(field, 'http://www.almere.example/kinderwerk');
    click(buttonNamed(almere, 'Adres opslaan'));
    await flush();
    expect(errorOf(field)).toContain('Dit is geen goed webadres. Het begint met https://');
    expect(fake.services.saveSettings).not.toHaveBeenCalled();

    type(field, 'https://www.almere.example/kinderwerk');
    click(buttonNamed(almere, 'Adres opslaan'));
    await flush();
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(fake.services.saveSettings).toHaveBeenLastCalledWith({
      ...SETTINGS,
      feeds: [{ url: ALMERE, name: 'Almere', widgetPage: 'https://www.almere.example/kinderwerk' }, { url: TILBURG }],
    });
    expect(almere.textContent).toContain('Opgeslagen');
  });

  it('does not say there are no feeds while the list is still loading', async () => {
    const fake = fakeServices();
    let finishLoading!: () => void;
    fake.services.loadOverview.mockImplementationOnce(
      (feeds) => new Promise((done) => (finishLoading = () => done(feeds.map((feed) => ({ url: feed.url, name: feed.name, example: false }))))),
    );
    await openPage(fake);
    expect(text()).not.toContain('Je hebt nog geen feeds.');
    finishLoading();
    await flush();
    expect(feedCards()).toHaveLength(2);
  });

  it('says there are no feeds yet', async () => {
    await openPage(fakeServices({ ...SETTINGS, feeds: [] }), { ...SETTINGS, feeds: [] });
    expect(feedCards()).toHaveLength(0);
    expect(text()).toContain('Je hebt nog geen feeds.');
  });

  it('follows a refresh by the background while the page is open', async () => {
    const { backgroundRefreshed } = await openPage();
    await backgroundRefreshed(ALMERE, { ...ROWS[ALMERE], health: { ok: true, checkedAt: '2026-11-25T12:00:00.000Z' }, problemCount: 0 });
    const almere = feedCards()[0].textContent!;
    expect(almere).toMatch(/Bijwerken gelukt op woensdag 25 november/);
    expect(almere).toContain('Geen fouten in de feed');
  });

  it('stops listening to the background when the page closes', async () => {
    const fake = await openPage();
    expect(fake.listening()).toBe(1);
    update(() => render(null, page()));
    expect(fake.listening()).toBe(0);
  });
});

describe('options page: adding a feed', () => {
  it('names an empty address next to the field and puts the cursor there', async () => {
    const { services } = await openPage();
    await submitAddress('   ');

    const field = addressField();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(field)).toContain('Vul het adres van een feed in.');
    expect(document.activeElement).toBe(field);
    expect(services.loadSettings).toHaveBeenCalledTimes(1);
    expect(report()).toBeNull();
  });

  it('moves the cursor to the field only once it is marked wrong, so a screen reader reads the error', async () => {
    await openPage();
    const seen: Array<string | null> = [];
    addressField().addEventListener('focus', (event) => seen.push((event.target as HTMLInputElement).getAttribute('aria-invalid')));
    await submitAddress('');
    expect(seen).toEqual(['true']);
  });

  it('says an address that is not a web address is wrong, and clears that once it is right', async () => {
    const fake = await openPage();
    await submitAddress('data.zwolle.example/kinderwerk.json');
    expect(errorOf(addressField())).toContain('Dit is geen goed webadres. Het begint met https://');
    expect(document.activeElement).toBe(addressField());

    await submitAddress(NEW_FEED);
    expect(addressField().getAttribute('aria-invalid')).toBeNull();
    expect(text()).not.toContain('Dit is geen goed webadres.');
    await fake.finishAdd(addedOutcome(NEW_FEED));
  });

  it('frees the form at once while the browser still asks for the permission, and shows the retry when it is allowed', async () => {
    const { finishAdd } = await openPage();
    await submitAddress(NEW_FEED);
    const later = deferred<AddFeedOutcome | undefined>();
    await finishAdd({
      status: 'failed', failure: { code: 'unreachable', message: 'Failed to fetch' }, permission: 'pending', whenAllowed: later.promise,
    });
    expect(buttonNamed(page(), 'Feed toevoegen').disabled).toBe(false);
    expect(report()!.textContent).toContain('Vraagt je browser om toestemming voor dit adres? Kies dan Toestaan.');

    later.resolve(addedOutcome(NEW_FEED, []));
    await flush();
    expect(report()!.textContent).toContain('Zwolle is toegevoegd.');
  });

  it('reports a feed that is already there', async () => {
    await openPage();
    await submitAddress(ALMERE);
    expect(report()!.textContent).toBe('Deze feed staat er al: Almere. Je hoeft hem niet nog een keer toe te voegen.');
    expect(document.activeElement).toBe(report());
    expect(addressField().getAttribute('aria-invalid')).toBeNull();
  });

  it('shows that it is busy, then what was added, with the counts and the problem report, and moves focus to it', async () => {
    const { services, finishAdd } = await openPage();
    await submitAddress(NEW_FEED);

    expect(services.startAddingFeed).toHaveBeenCalledWith(NEW_FEED, SETTINGS.feeds, undefined);
    expect(statusTexts()).toContain('Bezig met ophalen en controleren…');
    expect(buttonNamed(page(), 'Feed toevoegen').disabled).toBe(true);
    expect(buttonNamed(page(), 'Voorbeelddata gebruiken').disabled).toBe(true);

    await finishAdd(addedOutcome(NEW_FEED));

    expect(statusTexts()).not.toContain('Bezig met ophalen en controleren…');
    const added = report()!;
    expect(document.activeElement).toBe(added);
    expect(added.querySelector('.kwk-notice__title')!.textContent).toBe(
      'Zwolle is toegevoegd. 2 onderdelen van de feed hebben een fout en worden niet getoond.',
    );
    expect(added.textContent).toContain('Ingelezen: 12 activiteiten, 2 huiskamers, 1 kinderwerker en 40 buurten.');
    const problems = [...added.querySelectorAll('.kwk-options-problem')].map((item) => item.textContent);
    expect(problems).toEqual([
      'Plaats: activities[3].ageRange · zwo-act-judo · weggelatenThe minimum age is above the maximum age; swap them.',
      'Plaats: contacts[1].phone · zwo-con-ali · deels gebruiktThis is not a phone number; it was left out.',
    ]);
    expect(addressField().value).toBe('');
    expect(feedCards().map((card) => card.querySelector('h3')!.textContent)).toContain('Zwolle');
  });

  it('says a feed without problems was added', async () => {
    const { finishAdd } = await openPage();
    await submitAddress(NEW_FEED);
    await finishAdd(addedOutcome(NEW_FEED, []));
    expect(report()!.querySelector('.kwk-notice__title')!.textContent).toBe('Zwolle is toegevoegd.');
    expect(report()!.querySelector('details')).toBeNull();
  });

  it('adds the example data with one click', async () => {
    const { services, finishAdd } = await openPage();
    click(buttonNamed(page(), 'Voorbeelddata gebruiken'));
    await flush();
    expect(services.startAddingFeed).toHaveBeenCalledWith('chrome-extension://test/feeds/almere.json', SETTINGS.feeds, undefined);
    await finishAdd(addedOutcome('chrome-extension://test/feeds/almere.json', []));
    expect(report()!.textContent).toContain('is toegevoegd.');
  });

  it('passes the buurten and municipality an HSDS or OpenActive address needs', async () => {
    const { services } = await openPage();
    type(byLabel(page(), 'Adres van de buurtgrenzen (GeoJSON van het CBS)'), ' https://data.example.org/buurten.geojson ');
    type(byLabel(page(), 'Gemeentecode (mag leeg)'), '0034');
    await submitAddress('https://sociale-kaart.example.org/api/services');
    expect(services.startAddingFeed).toHaveBeenCalledWith('https://sociale-kaart.example.org/api/services', SETTINGS.feeds, {
      buurtenUrl: 'https://data.example.org/buurten.geojson',
      municipalityCode: 'GM0034',
    });
  });

  it('says what is wrong in the HSDS fields and starts nothing', async () => {
    const { services } = await openPage();
    const buurten = byLabel<HTMLInputElement>(page(), 'Adres van de buurtgrenzen (GeoJSON van het CBS)');
    type(buurten, 'buurten.geojson');
    await submitAddress('https://sociale-kaart.example.org/api/services');
    expect(services.startAddingFeed).not.toHaveBeenCalled();
    expect(errorOf(buurten)).toContain('Een adres begint met https:// en een gemeentecode ziet eruit als GM0034.');
  });

  it('says in words why a feed could not be added, with the technical detail for the publisher, and keeps the address', async () => {
    const { finishAdd } = await openPage();
    await submitAddress(NEW_FEED);
    await finishAdd({
      status: 'failed',
      permission: 'refused',
      failure: { code: 'not-found', message: `${NEW_FEED} was not found (HTTP 404). Check the address of the feed.` },
    });

    const failed = report()!;
    expect(document.activeElement).toBe(failed);
    expect(failed.textContent).toContain('Deze feed kon niet worden toegevoegd.');
    expect(failed.textContent).toContain('Het bestand met gegevens is niet gevonden.');
    expect(failed.textContent).toContain('Je gaf geen toestemming voor dit adres.');
    expect(failed.textContent).toContain(`Voor de uitgever: ${NEW_FEED} was not found (HTTP 404).`);
    expect(addressField().value).toBe(NEW_FEED);
    expect(feedCards()).toHaveLength(2);
  });
  it('announces the busy text in a live region that was on the page before, so screen readers read it', async () => {
    const { finishAdd } = await openPage();
    const regions = [...page().querySelectorAll('[role=status]')];
    await submitAddress(NEW_FEED);
    expect(regions.some((region) => region.isConnected && region.textContent === 'Bezig met ophalen en controleren…')).toBe(true);
    await finishAdd(addedOutcome(NEW_FEED));
  });

  it('keeps a second address typed while the first one loads', async () => {
    const { finishAdd } = await openPage();
    await submitAddress(NEW_FEED);
    type(addressField(), 'https://data.deventer.example/kinderwerk.json');
    await finishAdd(addedOutcome(NEW_FEED));
    expect(report()!.textContent).toContain('Zwolle is toegevoegd.');
    expect(addressField().value).toBe('https://data.deventer.example/kinderwerk.json');
  });

  it('still shows the report when the list cannot be read again afterwards', async () => {
    const fake = fakeServices();
    await openPage(fake);
    await submitAddress(NEW_FEED);
    fake.services.loadSettings.mockRejectedValueOnce(new Error('storage unavailable'));
    await fake.finishAdd(addedOutcome(NEW_FEED, []));
    expect(report()!.textContent).toBe('Zwolle is toegevoegd.Ingelezen: 12 activiteiten, 2 huiskamers, 1 kinderwerker en 40 buurten.');
    expect(statusTexts()).not.toContain('Bezig met ophalen en controleren…');
    expect(buttonNamed(page(), 'Feed toevoegen').disabled).toBe(false);
  });
});

describe('options page: removing a feed', () => {
  it('removes the feed, says so and the card is gone', async () => {
    const { services } = await openPage();
    click(buttonNamed(page(), 'Verwijder Almere'));
    await flush();

    expect(services.removeFeed).toHaveBeenCalledWith(ALMERE);
    expect(statusTexts()).toContain('Almere is verwijderd.');
    expect(feedCards().map((card) => card.querySelector('h3')!.textContent)).toEqual(['open.tilburg.example']);
    expect(document.activeElement).toBe(addressField());
  });

  it('says so when removing failed, and keeps the card', async () => {
    const fake = fakeServices();
    fake.services.removeFeed.mockRejectedValueOnce(new Error('storage broken'));
    await openPage(fake);
    click(buttonNamed(page(), 'Verwijder Almere'));
    await flush();
    expect(statusTexts()).toContain('Almere kon niet worden verwijderd. Probeer het nog een keer.');
    expect(feedCards()).toHaveLength(2);
  });
});

describe('options page: preferences', () => {
  const tilesField = () => byLabel<HTMLInputElement>(page(), 'Adres van de kaarttegels');
  const areaSelect = () => byLabel<HTMLSelectElement>(page(), 'Buurt waarmee de extensie opent');
  const save = async () => {
    click(buttonNamed(page(), 'Opslaan'));
    await flush();
  };

  it('names a wrong tile address next to its field and saves nothing', async () => {
    const { services } = await openPage();
    type(tilesField(), 'https://tiles.example.org/{z}/{x}.png');
    await save();

    expect(tilesField().getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(tilesField())).toContain('Dit adres klopt niet. Het begint met https:// en bevat {z}, {x} en {y}.');
    expect(services.saveSettings).not.toHaveBeenCalled();
    expect(statusTexts()).not.toContain('Opgeslagen');
  });

  it('puts the cursor on the wrong field, with its error already attached', async () => {
    await openPage();
    const seen: string[] = [];
    tilesField().addEventListener('focus', () => seen.push(errorOf(tilesField())));
    type(tilesField(), 'tiles.example.org/{z}/{x}/{y}.png');
    await save();
    expect(document.activeElement).toBe(tilesField());
    expect(seen).toEqual([expect.stringContaining('Dit adres klopt niet.')]);
  });

  it('saves language, start buurt and tiles together and says it is saved', async () => {
    const { services } = await openPage();
    const tiles = 'https://tiles.example.org/{z}/{x}/{y}.png';
    choose(areaSelect(), 'BU00340202');
    type(tilesField(), `  ${tiles} `);
    await save();

    expect(services.saveSettings).toHaveBeenCalledTimes(1);
    expect(services.saveSettings).toHaveBeenCalledWith({ ...SETTINGS, lang: 'nl', defaultArea: 'BU00340202', tiles });
    expect(statusTexts()).toContain('Opgeslagen');
  });

  it('does not undo a feed added elsewhere (the popup’s example button) when saving', async () => {
    const fake = fakeServices();
    await openPage(fake);
    const addedByPopup = { url: 'chrome-extension://test/feeds/almere.json', name: 'Voorbeeld (Almere)' };
    await fake.services.saveSettings({ ...SETTINGS, feeds: [...SETTINGS.feeds, addedByPopup] });
    fake.services.saveSettings.mockClear();
    choose(byLabel<HTMLSelectElement>(page(), 'Taal'), 'en');
    await save();
    expect(fake.services.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ lang: 'en', feeds: [...SETTINGS.feeds, addedByPopup] }));
  });

  it('switches the whole page to English when English is chosen', async () => {
    const onLanguage = vi.fn();
    const fake = fakeServices();
    await openPage(fake, SETTINGS, onLanguage);
    choose(byLabel<HTMLSelectElement>(page(), 'Taal'), 'en');
    await save();

    expect(fake.services.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ lang: 'en' }));
    expect(page().querySelector('h1')!.textContent).toBe('Kinderwerkkaart: settings');
    expect(page().querySelector('main')!.getAttribute('lang')).toBe('en');
    expect(onLanguage).toHaveBeenLastCalledWith('en');
    expect(statusTexts()).toContain('Saved');
    expect(text()).toContain('Add a feed');
    expect(text()).not.toContain('Een feed toevoegen');
  });

  it('speaks the browser language when the language is "Zoals je browser"', async () => {
    const initial: Settings = { ...SETTINGS, lang: 'auto' };
    const fake = fakeServices(initial);
    fake.services.browserLanguages = ['en-GB', 'nl'];
    await openPage(fake, initial);
    expect(page().querySelector('h1')!.textContent).toBe('Kinderwerkkaart: settings');
    expect(byLabel<HTMLSelectElement>(page(), 'Language').value).toBe('auto');
  });

  it('offers the wijken and buurten of each municipality as the buurt to start with', async () => {
    await openPage();
    const groups = [...areaSelect().querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label)).toEqual(['Almere']);
    expect([...groups[0].querySelectorAll('option')].map((option) => [option.value, option.textContent!.trim()])).toEqual([
      ['WK003402', 'Almere Stad (wijk)'],
      ['BU00340202', 'Filmwijk'],
      ['BU00340203', 'Muziekwijk'],
    ]);
    expect(areaSelect().options[0].textContent).toBe('Geen');
  });

  it('lists every municipality once its feed is loaded', async () => {
    const fake = fakeServices();
    await openPage(fake);
    await fake.backgroundRefreshed(TILBURG, { name: 'Tilburg', fetchedAt: '2026-11-24T12:00:00.000Z', problemCount: 0, example: false });
    expect([...areaSelect().querySelectorAll('optgroup')].map((group) => group.label)).toEqual(['Almere', 'Tilburg']);
    expect(areaSelect().textContent).toContain('Binnenstad');
  });

  it('keeps a start buurt from a feed that is gone, so saving does not lose it silently', async () => {
    const initial = { ...SETTINGS, defaultArea: 'BU03630000' };
    const fake = fakeServices(initial);
    await openPage(fake, initial);
    expect(areaSelect().value).toBe('BU03630000');
    await save();
    expect(fake.services.saveSettings).toHaveBeenCalledWith(expect.objectContaining({ defaultArea: 'BU03630000' }));
  });
});
