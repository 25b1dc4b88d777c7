// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PopupApp, type PopupAppProps } from '../../../components/popup/PopupApp';
import type { PostcodeLookup } from '../../../lib/lookup/postcode';
import { validDemo } from '../../helpers/demo-feed';
import { click, type, update } from './render';

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
    copyText: vi.fn(async () => undefined),
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
    expect(text).toContain('Bijgewerkt 3 uur geleden');
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

  it('copies a plain summary for a parent', async () => {
    const { props } = await open({ initialQuery: 'Filmwijk' });
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(props.copyText).toHaveBeenCalledWith(expect.stringMatching(/^Kinderwerk in Filmwijk \(Almere\)\n/));
    expect(container!.textContent).toContain('Gekopieerd.');
  });

  it('shows the summary to copy by hand when the clipboard refuses', async () => {
    await open({ initialQuery: 'Filmwijk', copyText: async () => Promise.reject(new Error('denied')) });
    click(button(/Kopieer samenvatting/));
    await flush();
    expect(container!.querySelector('textarea')!.value).toMatch(/^Kinderwerk in Filmwijk/);
  });

  it('warns that the last refresh failed but still shows the saved data', async () => {
    await open({ feeds: [entry('https://almere.example/feed.json', almere, true)], initialQuery: 'Filmwijk' });
    expect(container!.textContent).toContain('Bijwerken is niet gelukt.');
    expect(container!.querySelector('h2')!.textContent).toBe('Filmwijk');
  });

  it('without feeds, points to the settings and the example data', async () => {
    const { props } = await open({ feeds: [] });
    expect(container!.textContent).toContain('Er zijn nog geen gegevens.');
    click(button(/Probeer met voorbeelddata/));
    expect(props.onUseExample).toHaveBeenCalled();
  });
});
