// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupApp, type PopupAppProps } from '../../../components/popup/PopupApp';
import type { PostcodeAreaLookup, PostcodeLookup } from '../../../lib/lookup/postcode';
import { validDemo } from '../../helpers/demo-feed';
import { byLabel, choose, click, type, update } from './render';

const almere = validDemo('almere.json');
const tilburg = validDemo('tilburg.json');
const entry = (url: string, result: typeof almere, failed = false) => ({
  cached: { url, data: result.data, problems: result.problems, counts: result.counts, fetchedAt: '2026-11-23T06:00:00.000Z' },
  failure: failed ? { code: 'offline' as const, message: 'no network' } : undefined,
});
const FEEDS = [entry('https://almere.example/feed.json', almere), entry('https://tilburg.example/feed.json', tilburg)];

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) update(() => render(null, container!));
  container?.remove();
});

async function flush() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function open(props: Partial<PopupAppProps> = {}) {
  container = document.createElement('div');
  document.body.append(container);
  const all: PopupAppProps = {
    lang: 'nl',
    feeds: FEEDS,
    tiles: '',
    tileAttribution: '',
    lookupPostcode: vi.fn(async (): Promise<PostcodeLookup> => ({ status: 'unavailable', reason: 'test' })),
    lookupPostcodeArea: vi.fn(async (): Promise<PostcodeAreaLookup> => ({ status: 'unavailable', reason: 'test' })),
    copyText: vi.fn(async () => undefined),
    savePinnedAreas: vi.fn(async () => undefined),
    onOpenOptions: vi.fn(),
    onRefresh: vi.fn(async () => undefined),
    onUseExample: vi.fn(async () => undefined),
    now: new Date('2026-11-23T10:00:00+01:00'),
    ...props,
  };
  update(() => render(<PopupApp {...all} />, container!));
  await flush();
  return { container, props: all };
}

const input = () => container!.querySelector<HTMLInputElement>('input[type=search]')!;
const button = (name: RegExp) =>
  [...container!.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''))!;
const submit = async () => {
  update(() => {
    input().form!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await flush();
};

describe('extension popup', () => {
  it('finds a buurt by name across municipalities and shows what a kinderwerker needs', async () => {
    await open();
    type(input(), 'Filmw');
    click(button(/^Filmwijk/));
    await flush();
    const text = container!.textContent!;
    expect(container!.querySelector('h2')!.textContent).toBe('Filmwijk');
    expect(text).toContain('Activiteiten de komende 7 dagen');
    expect(text).toMatch(/Huiskamer De Vlinder.*Plekken per dag: 70.*Wachtlijst: 23/);
    expect(container!.querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(container!.querySelector('a[href^="mailto:"]')).not.toBeNull();
    expect(text).not.toContain('Annelies Vermeulen');
    expect(text).toMatch(/Bijgewerkt 3 uur geleden \(maandag 23 november, \d\d:\d\d\)\./);
  });

  it('gives the key figures of the buurt for talks with the municipality, computed from the feed', async () => {
    await open();
    type(input(), 'Filmw');
    click(button(/^Filmwijk/));
    await flush();
    const figures = container!.querySelector('.kwk-popup-figures')!;
    expect(figures.querySelector('h3, h4, h5')?.textContent).toBe('Cijfers voor Filmwijk');
    const shown = Object.fromEntries([...figures.querySelectorAll('.kwk-summary__figure')].map((f) => [f.querySelector('dt')?.textContent, f.querySelector('dd')?.textContent]));
    const buurt = almere.data.buurten.find((b) => b.properties.code === 'BU00340202')!.properties;
    const inFilmwijk = almere.data.huiskamers.filter((h) => almere.data.locations.find((l) => l.id === h.locationId)?.buurtCode === 'BU00340202');
    const childrenLabel = Object.keys(shown).find((label) => label?.startsWith('Kinderen'));
    expect(shown[childrenLabel!]).toBe(new Intl.NumberFormat('nl-NL').format(buurt.children!));
    expect(shown['Plekken per dag']).toBe(String(inFilmwijk.reduce((sum, h) => sum + h.placesPerDay, 0)));
    expect(shown['Wachtlijst']).toBe(String(inFilmwijk.reduce((sum, h) => sum + (h.waitingList?.count ?? 0), 0)));
    expect(Object.keys(shown)).toContain('Bereik');
  });

  it('says what "< 5" and "onbekend" mean under key figures that show them, and only there', async () => {
    const { t } = await import('../../../lib/i18n');
    const nl = t('nl');
    await open();
    type(input(), 'BU00340405');
    await submit();
    const duin = container!.querySelector('.kwk-popup-figures')!;
    expect(duin.querySelector('h3, h4, h5')?.textContent).toBe('Cijfers voor Duin');
    expect([...duin.querySelectorAll('dd')].map((dd) => dd.textContent)).toEqual(expect.arrayContaining(['< 5', nl.insight.unknown]));
    expect(duin.textContent).toContain(nl.insight.smallNote);
    expect(duin.textContent).toContain(nl.insight.unknownNote);

    type(input(), 'BU00340202');
    await submit();
    const filmwijk = container!.querySelector('.kwk-popup-figures')!;
    expect(filmwijk.querySelector('h3, h4, h5')?.textContent).toBe('Cijfers voor Filmwijk');
    expect(filmwijk.textContent).not.toContain(nl.insight.smallNote);
    expect(filmwijk.textContent).not.toContain(nl.insight.unknownNote);
  });

  it('opens straight on a CBS code typed in any case', async () => {
    await open();
    type(input(), 'bu00340202');
    await submit();
    expect(container!.querySelector('h2')!.textContent).toBe('Filmwijk');
  });

  it('turns a postcode into the buurt of the feed that contains its point', async () => {
    const inside = almere.data.locations.find((l) => l.buurtCode === 'BU00340202')!;
    const lookupPostcode = vi.fn(async (): Promise<PostcodeLookup> => ({ status: 'found', lat: inside.latitude, lon: inside.longitude }));
    await open({ lookupPostcode });
    type(input(), '1325ab');
    await submit();
    expect(lookupPostcode).toHaveBeenCalledWith('1325 AB');
    expect(container!.textContent).toContain('Postcode 1325 AB ligt in Filmwijk.');
    expect(container!.querySelector('h2')!.textContent).toBe('Filmwijk');
  });

  it('says so when the postcode lookup is unavailable, and offers the name search', async () => {
    await open();
    type(input(), '1325 AB');
    await submit();
    expect(container!.querySelector('[role=status]')!.textContent).toBe('Zoeken op postcode lukt nu niet. Zoek op de naam van de buurt.');
    expect(container!.querySelector('h2')).toBeNull();
  });

  it('says when a postcode lies outside every feed', async () => {
    await open({ lookupPostcode: async () => ({ status: 'found', lat: 53.2, lon: 6.56 }) });
    type(input(), '9711 AA');
    await submit();
    expect(container!.textContent).toContain('Postcode 9711 AA ligt niet in een buurt van jouw gegevens.');
  });

  const heading = () => container!.querySelector('h2')?.textContent;
  const status = () => container!.querySelector('.kwk-popup-search [role=status]')!.textContent;
  const choices = () => [...container!.querySelectorAll('.kwk-popup-search__match .kwk-popup-search__name')].map((el) => el.textContent);
  const inside = (code: string) => {
    const location = almere.data.locations.find((l) => l.buurtCode === code)!;
    return { lat: location.latitude, lon: location.longitude };
  };

  it('says nothing was found for a typo, offers the closest name and takes the previous buurt away', async () => {
    await open({ initialQuery: 'Parkwijk' });
    expect(heading()).toBe('Parkwijk');
    type(input(), 'Filmwijck');
    await submit();
    expect(status()).toBe('Niets gevonden voor "Filmwijck".');
    expect(container!.textContent).toContain('Bedoel je:');
    expect(choices()).toEqual(['Filmwijk']);
    expect(heading()).toBeUndefined();
    click(button(/^Filmwijk/));
    await flush();
    expect(heading()).toBe('Filmwijk');
  });

  it('suggests close names while typing when a name matches nothing', async () => {
    await open();
    type(input(), 'muziekwyk');
    expect(status()).toBe('Niets gevonden voor "muziekwyk".');
    expect(choices()).toEqual(['Muziekwijk Noord', 'Muziekwijk Zuid']);
  });

  it('says nothing was found for nonsense, with a hint what to type', async () => {
    await open({ initialQuery: 'Filmwijk' });
    type(input(), 'qqqzzz');
    await submit();
    expect(status()).toBe('Niets gevonden voor "qqqzzz". Kijk of de naam goed is geschreven, of typ een postcode.');
    expect(heading()).toBeUndefined();
  });

  it('takes four digits as a postcode area and lets the user choose among its buurten', async () => {
    const lookupPostcodeArea = vi.fn(async (): Promise<PostcodeAreaLookup> => ({
      status: 'found', points: [inside('BU00340202'), inside('BU00340202'), inside('BU00340212')],
    }));
    await open({ lookupPostcodeArea, initialQuery: 'Stedenwijk' });
    type(input(), '1325');
    await submit();
    expect(lookupPostcodeArea).toHaveBeenCalledWith('1325');
    expect(status()).toBe('Postcode 1325 ligt in meer buurten. Kies een buurt:');
    expect(choices()).toEqual(['Filmwijk', 'Muziekwijk Noord']);
    expect(heading()).toBeUndefined();
    click(button(/^Muziekwijk Noord/));
    await flush();
    expect(heading()).toBe('Muziekwijk Noord');
  });

  it('opens the one buurt of a postcode area at once', async () => {
    await open({ lookupPostcodeArea: async () => ({ status: 'found', points: [inside('BU00340202')] }) });
    type(input(), '1325');
    await submit();
    expect(status()).toBe('Postcode 1325 ligt in Filmwijk.');
    expect(heading()).toBe('Filmwijk');
  });

  it('does not leave a failed postcode lookup above the previous buurt', async () => {
    await open({ initialQuery: 'Filmwijk' });
    expect(heading()).toBe('Filmwijk');
    type(input(), '1325 AB');
    await submit();
    expect(status()).toBe('Zoeken op postcode lukt nu niet. Zoek op de naam van de buurt.');
    expect(heading()).toBeUndefined();
  });

  it('opens the exact name on Enter, in whichever municipality it is, and a wijk by its name without the CBS number', async () => {
    await open();
    type(input(), 'centrum');
    await submit();
    expect(heading()).toBe('Centrum');
    expect(container!.textContent).toContain('Tilburg');
    type(input(), 'Almere Haven');
    await submit();
    expect(heading()).toBe('Wijk 01 Almere Haven');
  });

  it('finds the postcode in an address handed over by the context menu', async () => {
    const lookupPostcode = vi.fn(async (): Promise<PostcodeLookup> => ({ status: 'found', ...inside('BU00340202') }));
    await open({ lookupPostcode, initialQuery: 'Greta Garbostraat 3, 1325 RB Almere' });
    expect(lookupPostcode).toHaveBeenCalledWith('1325 RB');
    expect(status()).toBe('Postcode 1325 RB ligt in Filmwijk.');
    expect(heading()).toBe('Filmwijk');
  });

  it('finds the buurt a selected sentence names', async () => {
    await open({ initialQuery: 'Er is veel te doen in de Filmwijk voor kinderen' });
    expect(status()).toBe('In de gekozen tekst staat Filmwijk.');
    expect(heading()).toBe('Filmwijk');
  });

  it('says so when a selected text holds no postcode or buurt', async () => {
    await open({ initialQuery: 'Lorem ipsum dolor sit amet' });
    expect(status()).toBe('In deze tekst staat geen postcode en geen naam van een buurt die we kennen. Typ de naam van de buurt of een postcode.');
    expect(heading()).toBeUndefined();
  });

  it('forgets "Gekopieerd" when another buurt is chosen', async () => {
    await open({ initialQuery: 'Filmwijk' });
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(container!.textContent).toContain('Gekopieerd.');
    type(input(), 'Parkwijk');
    await submit();
    expect(heading()).toBe('Parkwijk');
    expect(container!.textContent).not.toContain('Gekopieerd.');
  });

  it('narrows the buurt to one child, in the lists and in the copied summary, and keeps the choice for the next buurt', async () => {
    const { props } = await open({ initialQuery: 'Filmwijk' });
    const names = () => [...container!.querySelectorAll('.kwk-popup-area .kwk-list button[data-kwk-opens]')].map((el) => el.textContent?.trim());
    expect(names()).toContain('Theaterclub De Filmsterren');
    choose(byLabel<HTMLSelectElement>(container!, 'Leeftijd van je kind'), '7');
    click(byLabel<HTMLInputElement>(container!, 'Alleen zonder aanmelden binnenlopen'));
    await flush();
    expect(container!.querySelector('.kwk-popup-child summary')!.textContent).toMatch(/Voor één kind \(2 keuzes\)$/);
    expect(names()).toEqual(['Voetbal Filmwijk']);

    click(button(/Kopieer samenvatting/));
    await flush();
    const summary = vi.mocked(props.copyText).mock.calls[0][0];
    expect(summary).toContain('Alleen wat past: voor een kind van 7 jaar en zonder aanmelden.');
    expect(summary).toContain('Voetbal Filmwijk');
    expect(summary).not.toContain('Theaterclub');
    expect(summary).not.toContain('Huiskamer De Vlinder');

    type(input(), 'Parkwijk');
    await submit();
    expect(heading()).toBe('Parkwijk');
    expect(byLabel<HTMLSelectElement>(container!, 'Leeftijd van je kind').value).toBe('7');
  });

  const pinToggle = () => container!.querySelector<HTMLButtonElement>('.kwk-popup-area button[aria-pressed]')!;
  const pinnedButtons = () => [...container!.querySelectorAll<HTMLButtonElement>('nav.kwk-pinned button')];

  it('pins the buurt shown, lists it at the top as one tap, and unpins it', async () => {
    const { props } = await open({ initialQuery: 'Filmwijk' });
    expect(pinToggle().textContent).toContain('Mijn buurt');
    expect(pinToggle().getAttribute('aria-pressed')).toBe('false');
    expect(pinnedButtons()).toEqual([]);
    click(pinToggle());
    await flush();
    expect(pinToggle().getAttribute('aria-pressed')).toBe('true');
    expect(props.savePinnedAreas).toHaveBeenLastCalledWith(['BU00340202']);

    type(input(), 'Parkwijk');
    await submit();
    expect(heading()).toBe('Parkwijk');
    expect(pinToggle().getAttribute('aria-pressed')).toBe('false');
    click(pinnedButtons().find((b) => b.textContent === 'Filmwijk')!);
    await flush();
    expect(heading()).toBe('Filmwijk');
    expect(pinnedButtons()[0].getAttribute('aria-current')).toBe('true');

    click(pinToggle());
    await flush();
    expect(props.savePinnedAreas).toHaveBeenLastCalledWith([]);
    expect(pinnedButtons()).toEqual([]);
    expect(heading()).toBe('Filmwijk');
  });

  it('opens on the first pinned buurt a feed knows; the start buurt and a handed-over text win', async () => {
    await open({ pinnedAreas: ['BU09990000', 'BU00340202', 'BU08550000'] });
    expect(heading()).toBe('Filmwijk');
    expect(pinnedButtons().map((b) => b.textContent)).toEqual(['Filmwijk', 'Centrum']);
    update(() => render(null, container!));
    container!.remove();

    await open({ pinnedAreas: ['BU00340202'], defaultArea: 'BU08550000' });
    expect(heading()).toBe('Centrum');
    update(() => render(null, container!));
    container!.remove();

    await open({ pinnedAreas: ['BU00340202'], initialQuery: 'Parkwijk' });
    expect(heading()).toBe('Parkwijk');
  });

  it('copies a plain summary for a parent', async () => {
    const { props } = await open({ initialQuery: 'Filmwijk' });
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(props.copyText).toHaveBeenCalledWith(expect.stringMatching(/^Kinderwerk in Filmwijk \(Almere\)\n/));
    expect(container!.textContent).toContain('Gekopieerd.');
  });

  it('copies the summary in the language chosen for the parent, whatever the popup speaks, and keeps it for the next buurt', async () => {
    const { props } = await open({ initialQuery: 'Filmwijk' });
    const language = byLabel<HTMLSelectElement>(container!, 'Taal van de tekst');
    expect(language.value).toBe('nl');
    choose(language, 'en');
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(props.copyText).toHaveBeenLastCalledWith(expect.stringMatching(/^Kinderwerk in Filmwijk \(Almere\)\n/));
    const english = vi.mocked(props.copyText).mock.calls[0][0];
    expect(english).toMatch(/\nWhen: /);
    expect(english).not.toMatch(/Wanneer:/);
    expect(container!.textContent).toContain('Gekopieerd.');
    choose(byLabel<HTMLSelectElement>(container!, 'Taal van de tekst'), 'nl');
    expect(container!.textContent).not.toContain('Gekopieerd.');
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(vi.mocked(props.copyText).mock.calls[1][0]).toMatch(/\nWanneer: /);

    choose(byLabel<HTMLSelectElement>(container!, 'Taal van de tekst'), 'en');
    type(input(), 'Parkwijk');
    await submit();
    expect(byLabel<HTMLSelectElement>(container!, 'Taal van de tekst').value).toBe('en');
  });

  it('copies a Dutch summary from an English popup', async () => {
    const { props } = await open({ lang: 'en', initialQuery: 'Filmwijk' });
    choose(byLabel<HTMLSelectElement>(container!, 'Language of the text'), 'nl');
    click(button(/Copy summary/));
    await flush();
    expect(vi.mocked(props.copyText).mock.calls[0][0]).toMatch(/\nWanneer: /);
  });

  it("shares the same text, with a link to the buurt on the municipality's map, only where the browser can share", async () => {
    await open({ initialQuery: 'Filmwijk' });
    expect(button(/^Delen$/)).toBeUndefined();
    update(() => render(null, container!));
    container!.remove();

    const feeds = [{ ...FEEDS[0], widgetPage: 'https://www.almere.example/kinderwerk' }, FEEDS[1]];
    const shareText = vi.fn<(text: string) => Promise<void>>(async () => undefined);
    const { props } = await open({ initialQuery: 'Filmwijk', feeds, shareText });
    click(button(/^Delen$/));
    await flush();
    const shared = shareText.mock.calls[0][0];
    expect(shared).toMatch(/^Kinderwerk in Filmwijk \(Almere\)\n/);
    expect(shared).toMatch(/\n\nOp de kaart: https:\/\/www\.almere\.example\/kinderwerk#kwk:area=BU00340202$/);
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(props.copyText).toHaveBeenCalledWith(shared);
  });

  it('says nothing when the share sheet is closed, and says when a text is long for a chat message', async () => {
    const shareText = vi.fn(async () => Promise.reject(new DOMException('closed', 'AbortError')));
    await open({ initialQuery: 'Filmwijk', shareText });
    click(button(/^Delen$/));
    await flush();
    expect(container!.querySelector('textarea')).toBeNull();
    expect(container!.querySelector('.kwk-copy__status')!.textContent).toBe('');

    type(input(), 'Wijk 02 Almere Stad');
    await submit();
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(container!.querySelector('.kwk-copy__status')!.textContent).toContain('Deze tekst is lang voor een chatbericht.');
  });

  it('shows the summary to copy by hand when the clipboard refuses', async () => {
    await open({ initialQuery: 'Filmwijk', copyText: async () => Promise.reject(new Error('denied')) });
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(container!.querySelector('textarea')!.value).toMatch(/^Kinderwerk in Filmwijk/);
  });

  const dataStatus = () => container!.querySelector('.kwk-popup__status')!.textContent;

  it('says in one status that the last refresh failed, why, and from when the data shown is', async () => {
    await open({ feeds: [entry('https://almere.example/feed.json', almere, true)], initialQuery: 'Filmwijk' });
    expect(dataStatus()).toMatch(/^Bijwerken is niet gelukt\. Je bent offline\. Je ziet de gegevens van maandag 23 november, \d\d:\d\d \(3 uur geleden\)\.Opnieuw proberen$/);
    expect(container!.textContent).not.toContain('Bijgewerkt');
    expect(container!.querySelector('h2')!.textContent).toBe('Filmwijk');
  });

  it('names another municipality whose refresh failed apart from the data shown', async () => {
    await open({ feeds: [entry('https://almere.example/feed.json', almere), entry('https://tilburg.example/feed.json', tilburg, true)], initialQuery: 'Filmwijk' });
    expect(dataStatus()).toMatch(/^Bijgewerkt 3 uur geleden \(maandag 23 november, \d\d:\d\d\)\. Bijwerken van Tilburg is niet gelukt\.Nu bijwerken$/);
  });

  it("shows a known face's photo from the feed's own host, never one from another host", async () => {
    const photos: Record<string, string> = {
      'alm-con-youssef-el-amrani': 'https://almere.example/fotos/youssef.jpg',
      'alm-con-ingrid-smit': 'https://tracker.example.com/pixel.gif',
    };
    const contacts = almere.data.contacts.map((contact) => ({ ...contact, photoUrl: photos[contact.id] }));
    const withPhotos = { ...almere, data: { ...almere.data, contacts } };
    await open({ feeds: [entry('https://almere.example/feed.json', withPhotos)], defaultArea: 'BU00340202' });
    const shown = [...container!.querySelectorAll('img')].map((img) => [img.alt, img.getAttribute('src'), img.getAttribute('crossorigin')]);
    expect(shown).toEqual([['Foto van Youssef El Amrani', 'https://almere.example/fotos/youssef.jpg', 'anonymous']]);
    expect(container!.textContent).toContain('Ingrid Smit');
  });

  it('without feeds, points to the settings and the example data', async () => {
    const { props } = await open({ feeds: [] });
    expect(container!.textContent).toContain('Er zijn nog geen gegevens.');
    click(button(/Probeer met voorbeelddata/));
    expect(props.onUseExample).toHaveBeenCalled();
  });
});
