import { describe, expect, it } from 'vitest';
import type { EmbedConfig } from '../../../lib/site/embed-config';
import { rememberConfig, rememberedConfig } from '../../../lib/site/remembered-config';

const memory = () => {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
};

const chosen: EmbedConfig = {
  feed: 'https://data.voorbeeldstad.nl/kinderwerk.json', lang: 'en', neighbourhood: 'WK003402', view: 'map',
  listFirst: 'huiskamers', tiles: 'none', headingLevel: 3, themeMode: 'own', theme: { '--kwk-color-primary': '#1d5e3a' },
};

describe('the configurator\'s remembered choices', () => {
  it('come back as they were chosen, for Back and reload', () => {
    const storage = memory();
    expect(rememberedConfig(storage)).toEqual({});
    rememberConfig(storage, chosen);
    expect(rememberedConfig(storage)).toEqual(chosen);
  });

  it('leave out what this version does not know or would not load, so the default is used', () => {
    const storage = memory();
    storage.setItem('kwk-configure', JSON.stringify({
      ...chosen, feed: 'javascript:alert(1)', view: 'globe', headingLevel: 9, theme: { '--kwk-color-primary': 'url(x)', '--kwk-font-family': 7 },
    }));
    const remembered = rememberedConfig(storage);
    expect(remembered).not.toHaveProperty('feed');
    expect(remembered).not.toHaveProperty('view');
    expect(remembered).not.toHaveProperty('headingLevel');
    expect(remembered.theme).toEqual({});
    expect(remembered.lang).toBe('en');
    storage.setItem('kwk-configure', '{not json');
    expect(rememberedConfig(storage)).toEqual({});
  });

  it('keeps working when the browser refuses storage', () => {
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(() => rememberConfig(refusing, chosen)).not.toThrow();
    expect(rememberedConfig(refusing)).toEqual({});
  });
});
