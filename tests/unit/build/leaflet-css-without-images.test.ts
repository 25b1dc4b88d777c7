import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cssWithoutImages } from '../../../scripts/build/leaflet-css-without-images';

const LEAFLET_CSS = readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8');
const declarations = (css: string) => css.match(/[-a-z]+\s*:[^;{}]+;/gi) ?? [];

describe('cssWithoutImages', () => {
  it('takes out declarations that load a url(), and rules left empty by that', () => {
    expect(cssWithoutImages('.a { color: red; background: url(a.png); } .b { cursor: url(b.cur); }')).toBe('.a { color: red; }');
    expect(cssWithoutImages('.c { background: url("data:image/svg+xml;base64,AAA=") no-repeat; width: 4px }')).toBe('.c { width: 4px }');
  });

  it("leaves Leaflet's CSS without its PNGs and its IE behavior, and everything else as it was", () => {
    const stripped = cssWithoutImages(LEAFLET_CSS);
    expect(stripped).not.toMatch(/url\(/);
    expect(stripped).not.toContain('.leaflet-default-icon-path');
    // layers.png, layers-2x.png, marker-icon.png and behavior: url(#default#VML).
    expect(declarations(stripped)).toEqual(declarations(LEAFLET_CSS).filter((declaration) => !declaration.includes('url(')));
    expect(declarations(LEAFLET_CSS).length - declarations(stripped).length).toBe(4);
    expect(stripped).toMatch(/\.leaflet-control-layers-toggle \{\s*width: 36px;/);
  });
});
