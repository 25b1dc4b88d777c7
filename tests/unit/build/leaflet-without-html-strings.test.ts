import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leafletSourceWithoutHtmlStrings } from '../../../scripts/build/leaflet-without-html-strings';

const innerHtmlWrites = (code: string) => code.match(/\w+\.innerHTML = [^;]+;/g) ?? [];

describe.each(['leaflet-src.esm.js', 'leaflet-src.js'])('leafletSourceWithoutHtmlStrings on %s', (file) => {
  const source = readFileSync(`node_modules/leaflet/dist/${file}`, 'utf8');
  const patched = leafletSourceWithoutHtmlStrings(source);

  it('writes no HTML for the inline-SVG probe or the zoom buttons', () => {
    expect(innerHtmlWrites(source)).toEqual(expect.arrayContaining(["div.innerHTML = '<svg/>';", 'link.innerHTML = html;']));
    expect(innerHtmlWrites(patched)).not.toContain("div.innerHTML = '<svg/>';");
    expect(innerHtmlWrites(patched)).not.toContain('link.innerHTML = html;');
    // The rest are on paths the widget never takes (popups, string icons, attribution, layers, scale, VML).
    expect(innerHtmlWrites(source).length - innerHtmlWrites(patched).length).toBe(2);
  });

  it('gives the zoom buttons their faces as text', () => {
    expect(patched).toContain("zoomInText: '+',");
    expect(patched).toContain("zoomOutText: '\\u2212',");
    expect(patched).toContain('face.textContent = html;');
  });
});

it('fails the build when a Leaflet update moves what it patches', () => {
  expect(() => leafletSourceWithoutHtmlStrings('var x = 1;')).toThrow(/inline-SVG probe is no longer where/);
});
