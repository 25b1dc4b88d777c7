/**
 * What the widget takes from the libraries it bundles, per first load, read from its own
 * build: the widget is built once more (ES module only, unminified, not written) with every
 * package left external, so each chunk still says `import { useRef } from "preact/hooks"`
 * and `import * as Leaflet from "leaflet/dist/leaflet-src.esm.js"`. Each imported binding
 * counts with the members read from it (`z.object` is zod's `object`, not all of `z`), or
 * whole when it is used as a value (the widget hands Leaflet's namespace to a function, so
 * all of Leaflet counts). scripts/size/library-floor.ts builds the libraries from exactly these.
 *
 *   const loads = await widgetFirstLoads();
 *   loads.phone;   // { files: ['kinderwerk-kaart.js'], uses: [{ source: 'preact/hooks', path: ['useRef'] }, …] }
 *   loads.wide;    // { files: ['kinderwerk-kaart.js', 'kinderwerk-kaart-map-views.js'], uses: [… Leaflet, its CSS] }
 */
import { build, parseAst, type Plugin, type PluginOption, type Rollup } from 'vite';
import { widgetConfig } from './widget-config';

/** The ES module every visitor loads first. */
export const MODULE_FILE = 'kinderwerk-kaart.js';
/** The map with the municipality's figures: loaded at once beside the list on a wide screen, on a phone only when the map is chosen. */
export const MAP_FILE = 'kinderwerk-kaart-map-views.js';

/** One thing the widget reads from a library: a module and the member names into it ([] for the whole module). */
export interface LibraryUse {
  source: string;
  path: string[];
}

export interface FirstLoad {
  /** The widget's files this load fetches. */
  files: string[];
  /** Everything those files read from the libraries, each once. */
  uses: LibraryUse[];
}

export type FirstLoadName = 'phone' | 'wide';

interface AstNode {
  type: string;
  [key: string]: unknown;
}

/** A package, not one of our files or a bundler's virtual module. */
const isPackage = (id: string) => /^[@a-z]/i.test(id) && !id.startsWith('virtual:');

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';
}

function children(node: AstNode): AstNode[] {
  return Object.values(node).flatMap((value) => (Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []));
}

/** Names a pattern binds: `a`, `{ a, b: [c] }`, `...d`, `e = 1`. */
function patternNames(node: unknown): string[] {
  if (!isNode(node)) return [];
  switch (node.type) {
    case 'Identifier': return [node.name as string];
    case 'ObjectPattern': return (node.properties as AstNode[]).flatMap((property) => patternNames(property.type === 'RestElement' ? property : property.value));
    case 'ArrayPattern': return (node.elements as unknown[]).flatMap(patternNames);
    case 'AssignmentPattern': return patternNames(node.left);
    case 'RestElement': return patternNames(node.argument);
    default: return [];
  }
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/**
 * The names a function declares for its own body: parameters and every declaration inside it,
 * nested functions aside. Blocks count as the function's scope: a name declared in any block
 * hides the import in the whole function, which at worst counts a member too few.
 */
function declaredIn(fn: AstNode): Set<string> {
  const names = new Set((fn.params as unknown[]).flatMap(patternNames));
  const visit = (node: AstNode): void => {
    if (node.type === 'VariableDeclarator') patternNames(node.id).forEach((name) => names.add(name));
    if (node.type === 'CatchClause') patternNames(node.param).forEach((name) => names.add(name));
    if ((node.type === 'FunctionDeclaration' || node.type === 'ClassDeclaration') && isNode(node.id)) names.add(node.id.name as string);
    if (!FUNCTIONS.has(node.type)) children(node).forEach(visit);
  };
  if (isNode(fn.body)) children(fn.body).forEach(visit);
  return names;
}

/** Where an identifier is a name but not a reference to a binding: `a.x`'s `x`, `{ x: 1 }`'s key, a label. */
function isNameOnly(node: AstNode, parent: AstNode): boolean {
  switch (parent.type) {
    case 'MemberExpression': return parent.property === node && !parent.computed;
    case 'Property': case 'MethodDefinition': case 'PropertyDefinition': return parent.key === node && !parent.computed && !parent.shorthand;
    case 'LabeledStatement': case 'BreakStatement': case 'ContinueStatement': return true;
    case 'ExportSpecifier': return parent.exported === node && parent.local !== node;
    default: return false;
  }
}

/**
 * What one built chunk reads from packages: each import, with the members read from it.
 *
 *   libraryUses('import { z } from "zod"; z.iso.date();');   // [{ source: 'zod', path: ['z', 'iso', 'date'] }]
 */
export function libraryUses(code: string): LibraryUse[] {
  const program = parseAst(code, { lang: 'js' }) as unknown as AstNode;
  const bindings = new Map<string, LibraryUse>();
  for (const statement of program.body as AstNode[]) {
    if (statement.type !== 'ImportDeclaration') continue;
    const source = (statement.source as AstNode).value as string;
    if (!isPackage(source)) continue;
    for (const specifier of statement.specifiers as AstNode[]) {
      const local = (specifier.local as AstNode).name as string;
      const path = specifier.type === 'ImportNamespaceSpecifier' ? []
        : specifier.type === 'ImportDefaultSpecifier' ? ['default']
          : [((specifier.imported as AstNode).name ?? (specifier.imported as AstNode).value) as string];
      bindings.set(local, { source, path });
    }
  }
  const uses: LibraryUse[] = [];
  const walk = (node: AstNode, parent: AstNode, hidden: ReadonlySet<string>): void => {
    if (node.type === 'ImportDeclaration') return;
    // `z.iso.datetime` reads `datetime` of zod's `iso`: the longest chain of names from an import is what it uses.
    const chain = node.type === 'MemberExpression' ? memberChain(node) : undefined;
    const root = chain ? chain.root : node.type === 'Identifier' && !isNameOnly(node, parent) ? node : undefined;
    const binding = root && !hidden.has(root.name as string) ? bindings.get(root.name as string) : undefined;
    if (binding) {
      uses.push({ source: binding.source, path: [...binding.path, ...(chain?.names ?? [])] });
      return;
    }
    if (node.type === 'Identifier') return;
    let inner = hidden;
    if (FUNCTIONS.has(node.type)) {
      const declared = [...declaredIn(node)].filter((name) => bindings.has(name));
      if (declared.length > 0) inner = new Set([...hidden, ...declared]);
    }
    for (const child of children(node)) walk(child, node, inner);
  };
  walk(program, program, new Set());
  return uses;
}

/** `a.b.c` as the identifier `a` and the names `['b', 'c']`; undefined when the chain starts elsewhere (a call, `this`, a computed member). */
function memberChain(member: AstNode): { root: AstNode; names: string[] } | undefined {
  const names: string[] = [];
  let node = member;
  while (node.type === 'MemberExpression') {
    const name = memberName(node);
    if (name === undefined) return undefined;
    names.unshift(name);
    node = node.object as AstNode;
  }
  return node.type === 'Identifier' ? { root: node, names } : undefined;
}

/** `x.name` or `x["name"]`; undefined for a computed member, which reads the whole object. */
function memberName(member: AstNode): string | undefined {
  const property = member.property as AstNode;
  if (!member.computed) return property.name as string;
  return property.type === 'Literal' && typeof property.value === 'string' ? property.value : undefined;
}

/** Each use once, and none that a shorter use of the same module already covers (all of `z` covers `z.object`). */
function distinctUses(uses: LibraryUse[]): LibraryUse[] {
  const keys = new Set(uses.map((use) => JSON.stringify([use.source, ...use.path])));
  const covered = (use: LibraryUse) => use.path.some((_, length) => keys.has(JSON.stringify([use.source, ...use.path.slice(0, length)])));
  return [...keys]
    .map((key) => JSON.parse(key) as string[])
    .map(([source, ...path]) => ({ source, path }))
    .filter((use) => !covered(use))
    .sort((a, b) => JSON.stringify([a.source, ...a.path]).localeCompare(JSON.stringify([b.source, ...b.path])));
}

function pluginName(plugin: PluginOption): string | undefined {
  return plugin && typeof plugin === 'object' && 'name' in plugin ? (plugin as Plugin).name : undefined;
}

export async function widgetFirstLoads(): Promise<Record<FirstLoadName, FirstLoad>> {
  const config = await widgetConfig();
  const output = config.build?.rolldownOptions?.output;
  const result = await build({
    ...config,
    configFile: false,
    logLevel: 'silent',
    // This plugin checks how chunks import the main file, and stops at imports of packages, which only this build leaves in.
    plugins: [config.plugins ?? []].flat(3).filter((plugin) => pluginName(plugin) !== 'kwk:chunks-keep-query'),
    build: {
      ...config.build,
      write: false,
      minify: false,
      lib: config.build?.lib && { ...config.build.lib, formats: ['es'] },
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        external: isPackage,
        output: { ...(Array.isArray(output) ? output[0] : output), minify: false },
      },
    },
  });
  const chunks = new Map(((Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[])
    .flatMap((bundle) => bundle.output)
    .filter((file): file is Rollup.OutputChunk => file.type === 'chunk')
    .map((chunk) => [chunk.fileName, chunk]));
  for (const file of [MODULE_FILE, MAP_FILE]) if (!chunks.has(file)) throw new Error(`The widget's build has no ${file} any more; update scripts/size/widget-imports.ts`);

  // A file with the chunks it imports before it runs (not those it imports only when needed).
  const withStaticImports = (file: string, into: Set<string>): Set<string> => {
    into.add(file);
    for (const next of chunks.get(file)?.imports ?? []) if (chunks.has(next) && !into.has(next)) withStaticImports(next, into);
    return into;
  };
  const load = (files: Set<string>): FirstLoad => ({
    files: [...files],
    uses: distinctUses([...files].flatMap((file) => libraryUses(chunks.get(file)?.code ?? ''))),
  });
  const phone = withStaticImports(MODULE_FILE, new Set());
  return { phone: load(phone), wide: load(withStaticImports(MAP_FILE, new Set(phone))) };
}
