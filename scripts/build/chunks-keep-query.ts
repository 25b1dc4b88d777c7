/**
 * A Vite plugin that makes the widget's lazy chunk share the main file already loaded,
 * also when the page loads that file with a query. CMSs bust caches with one
 * (`kinderwerk-kaart.js?v=2`), and a module's URL is its identity: the converter chunk,
 * which imports what it shares from `./kinderwerk-kaart.js`, would load and run the
 * whole main file a second time. So each chunk is loaded with the query of the module
 * that loads it, and a chunk takes the main file from the URL with its own query:
 *
 *   main:  import(`./kinderwerk-kaart-direct-source.js`)
 *     ->   import(`./kinderwerk-kaart-direct-source.js`+new URL(import.meta.url).search)
 *   chunk: import{A as e}from"./kinderwerk-kaart.js";
 *     ->   const{A:e}=await import("./kinderwerk-kaart.js"+new URL(import.meta.url).search);
 *
 * The main file has run by the time it loads a chunk, so the chunk's import returns
 * the module the page already has. Without a query, both are the addresses they were.
 * Only the ES module build has chunks (the IIFE carries everything inline).
 *
 *   plugins: [chunksKeepQuery()]
 */
import type { Plugin } from 'vite';

const QUERY = 'new URL(import.meta.url).search';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The chunk's code with its loads of other chunks and its imports from them carrying the query. */
export function withQueryOnChunkImports(code: string, chunk: { fileName: string; imports: readonly string[]; dynamicImports: readonly string[] }): string {
  const unknownForm = (file: string) =>
    new Error(`${chunk.fileName} imports ${file} in a way scripts/build/chunks-keep-query.ts does not know; update the plugin`);
  let out = code;
  for (const file of chunk.dynamicImports) {
    const load = new RegExp(`import\\((["'\`])\\./${escape(file)}\\1\\)`, 'g');
    if (!load.test(out)) throw unknownForm(file);
    out = out.replace(load, (_all, quote: string) => `import(${quote}./${file}${quote}+${QUERY})`);
  }
  for (const file of chunk.imports) {
    const shared = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(["'\`])\\./${escape(file)}\\2;?`);
    const statement = out.match(shared);
    // Any other form (a namespace or bare import) would still load the main file without the query.
    if (!statement || out.replace(shared, '').includes(`./${file}`)) throw unknownForm(file);
    const bindings = statement[1].split(',').map((name) => name.trim().replace(/\s+as\s+/, ':')).join(',');
    out = out.replace(shared, () => `const{${bindings}}=await import("./${file}"+${QUERY});`);
  }
  return out;
}

export function chunksKeepQuery(): Plugin {
  return {
    name: 'kwk:chunks-keep-query',
    enforce: 'post',
    renderChunk(code, chunk, options) {
      if (options.format !== 'es') return null;
      try {
        const out = withQueryOnChunkImports(code, chunk);
        return out === code ? null : { code: out, map: null };
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
