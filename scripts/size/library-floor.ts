/**
 * The "floor" of a widget load: the libraries it bundles, built on their own from exactly
 * what the widget reads from them (scripts/size/widget-imports.ts), with the widget's own
 * Vite plugins, defines and minifier, gzipped at level 9. What the widget weighs above it
 * is our own code. Leaflet's CSS goes through the same build as in the widget (without its
 * images, minified by Vite, inlined as text), so it counts as the widget ships it.
 *
 *   const floor = await libraryFloor(loads.wide.uses);
 *   floor.libraries;   // { idb: { min: 2868, gzip: 1169 }, leaflet: …, 'leaflet css': …, preact: …, zod: … }
 *   floor.total;       // all of them in one build: { min: 275393, gzip: 79971 }
 */
import { build, type Plugin, type Rollup } from 'vite';
import { sizeOf, type Size } from './file-size';
import { widgetConfig } from './widget-config';
import type { LibraryUse } from './widget-imports';

export interface LibraryFloor {
  /** Per library (a package, with its CSS apart), each built on its own. */
  libraries: Record<string, Size>;
  /** All the libraries in one build: the floor the widget is compared with. */
  total: Size;
}

/** Packages that build on another and count with it: built apart, @preact/signals would carry Preact's hooks a second time. */
const FAMILIES = new Map([['@preact/signals', 'preact'], ['@preact/signals-core', 'preact']]);

function libraryOf(source: string): string {
  const parts = source.split(/[/?]/);
  const name = parts.slice(0, source.startsWith('@') ? 2 : 1).join('/');
  const library = FAMILIES.get(name) ?? name;
  return /\.css(\?|$)/.test(source) ? `${library} css` : library;
}

const member = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`);

/** A module that reads exactly these uses and exports them, so the bundler keeps them and shakes off the rest. */
function entrySource(uses: LibraryUse[]): string {
  const sources = [...new Set(uses.map((use) => use.source))];
  const imports = sources.map((source, index) => `import * as library${index} from ${JSON.stringify(source)};`);
  const reads = uses.map((use) => `library${sources.indexOf(use.source)}${use.path.map(member).join('')}`);
  return `${imports.join('\n')}\nexport default [${reads.join(', ')}];\n`;
}

const ENTRY = 'virtual:kwk-library-floor';

async function minified(source: string): Promise<string> {
  const config = await widgetConfig();
  const output = config.build?.rolldownOptions?.output;
  const entry: Plugin = {
    name: 'kwk:library-floor-entry',
    resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : null),
    load: (id) => (id === `\0${ENTRY}` ? source : null),
  };
  const result = await build({
    ...config,
    configFile: false,
    logLevel: 'silent',
    plugins: [...[config.plugins ?? []].flat(), entry],
    build: {
      ...config.build,
      lib: false,
      write: false,
      emptyOutDir: false,
      rolldownOptions: {
        input: ENTRY,
        preserveEntrySignatures: 'strict',
        output: { ...(Array.isArray(output) ? output[0] : output), format: 'es' },
      },
    },
  });
  return ((Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[])
    .flatMap((bundle) => bundle.output)
    .map((file) => (file.type === 'chunk' ? file.code : ''))
    .join('\n');
}

/** The size of one build of these uses; the same uses are built once per process. */
function builtSize(uses: LibraryUse[]): Promise<Size> {
  const source = entrySource(uses);
  const size = built.get(source) ?? minified(source).then(sizeOf);
  built.set(source, size);
  return size;
}

const built = new Map<string, Promise<Size>>();

/**
 * The floor of these uses: all libraries in one build (the total, what a page that needs
 * just them would load), and each library built on its own (which together gzip a little
 * larger than the total, each being a file of its own).
 */
export async function libraryFloor(uses: LibraryUse[]): Promise<LibraryFloor> {
  const byLibrary = new Map<string, LibraryUse[]>();
  for (const use of uses) byLibrary.set(libraryOf(use.source), [...(byLibrary.get(libraryOf(use.source)) ?? []), use]);
  const libraries: Record<string, Size> = {};
  for (const library of [...byLibrary.keys()].sort()) libraries[library] = await builtSize(byLibrary.get(library) ?? []);
  return { libraries, total: await builtSize(uses) };
}
