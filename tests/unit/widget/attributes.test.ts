// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_TILES, DEFAULT_TILES_ATTRIBUTION, readAttributes } from '../../../entrypoints/widget/attributes';

function element(attributes: Record<string, string>, pageLang?: string): HTMLElement {
  const wrapper = document.createElement('div');
  if (pageLang) wrapper.setAttribute('lang', pageLang);
  const widget = document.createElement('kinderwerk-kaart');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  wrapper.append(widget);
  document.body.append(wrapper);
  return widget;
}

describe('widget attributes', () => {
  it('gives the government base map with its credit when no tiles are set', () => {
    const options = readAttributes(element({ feed: 'https://example.org/feed.json' }));
    expect(options).toMatchObject({ feed: 'https://example.org/feed.json', tiles: DEFAULT_TILES, attribution: DEFAULT_TILES_ATTRIBUTION });
    expect(options.neighbourhood).toBeUndefined();
    expect(options.view).toBeUndefined();
  });

  it('resolves a relative feed against the page and refuses other schemes', () => {
    expect(readAttributes(element({ feed: '/feeds/almere.json' })).feed).toBe(new URL('/feeds/almere.json', document.baseURI).href);
    expect(readAttributes(element({ feed: 'javascript:alert(1)' })).feed).toBeUndefined();
    expect(readAttributes(element({})).feed).toBeUndefined();
  });

  it('takes a buurt or wijk code, in any case, and ignores anything else', () => {
    expect(readAttributes(element({ neighbourhood: 'bu00340309' })).neighbourhood).toBe('BU00340309');
    expect(readAttributes(element({ neighbourhood: 'WK003402' })).neighbourhood).toBe('WK003402');
    expect(readAttributes(element({ neighbourhood: 'Almere Haven' })).neighbourhood).toBeUndefined();
  });

  it.each([
    ['a placeholder the map cannot fill in', 'https://tiles.example.org/{TileMatrix}/{z}/{x}/{y}.png', 'the map cannot fill in {TileMatrix}'],
    ['no {y}', 'https://tiles.example.org/{z}/{x}.png', 'a tile address holds {z}, {x} and {y}'],
  ])('shows the map without a background for a tile template with %s, and says why in the console', (_, tiles, reason) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(readAttributes(element({ tiles, attribution: 'Tegels' }))).toMatchObject({ tiles: '', attribution: 'Tegels' });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(reason));
    } finally {
      warn.mockRestore();
    }
  });

  it('switches the background map off with tiles="none", and keeps an own template with its credit', () => {
    expect(readAttributes(element({ tiles: 'none' }))).toMatchObject({ tiles: '', attribution: '' });
    expect(readAttributes(element({ tiles: '/tiles/{z}/{x}/{y}.png', attribution: 'Voorbeeldtegels' })))
      .toMatchObject({ tiles: '/tiles/{z}/{x}/{y}.png', attribution: 'Voorbeeldtegels' });
  });

  it('speaks the language of its own attribute, else of the page', () => {
    expect(readAttributes(element({ lang: 'en' }, 'nl')).lang).toBe('en');
    expect(readAttributes(element({}, 'en-GB')).lang).toBe('en');
    expect(readAttributes(element({}, 'nl')).lang).toBe('nl');
  });

  it('accepts only map or list as the first view', () => {
    expect(readAttributes(element({ view: 'map' })).view).toBe('map');
    expect(readAttributes(element({ view: 'globe' })).view).toBeUndefined();
  });

  it("shows parents only the parents' view unless the host enables the figures", () => {
    expect(readAttributes(element({})).views).toEqual(['aanbod']);
    expect(readAttributes(element({ views: 'aanbod cijfers' })).views).toEqual(['aanbod', 'cijfers']);
    expect(readAttributes(element({ views: 'cijfers, aanbod' })).views).toEqual(['aanbod', 'cijfers']);
    expect(readAttributes(element({ views: 'kaart' })).views).toEqual(['aanbod']);
  });

  it('opens on the figures with view="cijfers", which enables them, and only shows them when they are the only view', () => {
    expect(readAttributes(element({ view: 'cijfers' }))).toMatchObject({ view: 'cijfers', views: ['aanbod', 'cijfers'] });
    expect(readAttributes(element({ views: 'cijfers' }))).toMatchObject({ view: 'cijfers', views: ['cijfers'] });
    expect(readAttributes(element({ views: 'cijfers', view: 'map' })).view).toBe('cijfers');
  });

  it('reads what an HSDS or OpenActive feed lacks: the municipality and its boundaries, relative to the page', () => {
    const options = readAttributes(element({
      feed: 'https://sociale-kaart.example.org/api/services',
      municipality: '0034', 'municipality-name': ' Almere ', buurten: '/geo/buurten.geojson', wijken: 'javascript:alert(1)',
    }));
    expect(options.convert).toEqual({
      municipalityCode: 'GM0034',
      municipalityName: 'Almere',
      buurtenUrl: new URL('/geo/buurten.geojson', document.baseURI).href,
    });
    expect(readAttributes(element({ municipality: 'Almere' })).convert).toEqual({});
  });
});
