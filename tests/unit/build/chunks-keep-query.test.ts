import { describe, expect, it } from 'vitest';
import { withQueryOnChunkImports } from '../../../scripts/build/chunks-keep-query';

const MAIN = 'kinderwerk-kaart.js';
const CHUNK = 'kinderwerk-kaart-direct-source.js';

describe('withQueryOnChunkImports', () => {
  it('loads a chunk with the query of the file that loads it', () => {
    const code = 'let{convertDirectSource:r}=await import(`./kinderwerk-kaart-direct-source.js`);';
    expect(withQueryOnChunkImports(code, { fileName: MAIN, imports: [], dynamicImports: [CHUNK] }))
      .toBe('let{convertDirectSource:r}=await import(`./kinderwerk-kaart-direct-source.js`+new URL(import.meta.url).search);');
  });

  it('takes what a chunk shares with the main file from the main file with its own query, under the same names', () => {
    const code = 'import{A as e,d,default as f}from"./kinderwerk-kaart.js";var x=e(d,f);export{x as convert};';
    expect(withQueryOnChunkImports(code, { fileName: CHUNK, imports: [MAIN], dynamicImports: [] }))
      .toBe('const{A:e,d,default:f}=await import("./kinderwerk-kaart.js"+new URL(import.meta.url).search);var x=e(d,f);export{x as convert};');
  });

  it('fails the build on an import it does not know, rather than load the main file twice', () => {
    expect(() => withQueryOnChunkImports('import*as m from"./kinderwerk-kaart.js";', { fileName: CHUNK, imports: [MAIN], dynamicImports: [] }))
      .toThrow(/does not know/);
    expect(() => withQueryOnChunkImports('import(someUrl)', { fileName: MAIN, imports: [], dynamicImports: [CHUNK] })).toThrow(/does not know/);
  });

  it('leaves a file without chunk imports as it is', () => {
    expect(withQueryOnChunkImports('console.log(1)', { fileName: MAIN, imports: [], dynamicImports: [] })).toBe('console.log(1)');
  });
});
