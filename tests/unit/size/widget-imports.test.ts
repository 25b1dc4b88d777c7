import { describe, expect, it } from 'vitest';
import { libraryUses } from '../../../scripts/size/widget-imports';

const uses = (code: string) => libraryUses(code).map((use) => `${use.source}: ${use.path.join('.') || '*'}`);

describe('what a widget chunk reads from the libraries', () => {
  it('counts each named import, and the members read from it down the whole chain', () => {
    const code = 'import { z } from "zod"; import { useRef } from "preact/hooks";\n'
      + 'const Day = z.iso.date(); const Name = z.string().min(1); function f() { return useRef(null); }';
    expect(uses(code)).toEqual(['zod: z.iso.date', 'zod: z.string', 'preact/hooks: useRef']);
  });

  it('counts all of a namespace the code hands on as a value', () => {
    const code = 'import * as Leaflet from "leaflet/dist/leaflet-src.esm.js"; keep(Leaflet); Leaflet.map(el);';
    expect(uses(code)).toEqual(['leaflet/dist/leaflet-src.esm.js: *', 'leaflet/dist/leaflet-src.esm.js: map']);
  });

  it('counts the default import of a stylesheet', () => {
    expect(uses('import css from "leaflet/dist/leaflet.css?inline"; sheet.replaceSync(css);')).toEqual(['leaflet/dist/leaflet.css?inline: default']);
  });

  it('leaves out a parameter or variable of the same name, property keys, and our own chunks', () => {
    const code = 'import { z } from "zod"; import { K as text } from "./kinderwerk-kaart.js";\n'
      + 'const tile = (z) => z.toFixed(0); function g() { let z = 1; return z; } const o = { z: 1 }; o.z; text.z; z.object({});';
    expect(uses(code)).toEqual(['zod: z.object']);
  });
});
