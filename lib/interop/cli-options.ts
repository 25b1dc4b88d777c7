/**
 * Command-line arguments of the feed tools (feed:from-csv, feed:import,
 * feed:export), kept free of Node APIs: the scripts pass in how to read a file.
 *
 *   const args = parseArgs(['data/', '--out', 'feed.json', '--municipality', 'GM0034']);
 *   args.positionals;          // ['data/']
 *   args.options.out;          // 'feed.json'
 *   const context = contextFromOptions(args.options, (path) => JSON.parse(readFileSync(path, 'utf8')));
 */
import type { ImportContext } from './import-context';

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string>;
  /** Options given without a value (`--help`). */
  flags: Set<string>;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (inline !== undefined) options[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) options[name] = argv[++i];
    else flags.add(name);
  }
  return { positionals, options, flags };
}

/** The options every importer shares, with what they mean; printed by `--help`. */
export const CONTEXT_OPTIONS: ReadonlyArray<readonly [string, string]> = [
  ['--municipality GM0034', 'CBS code of the gemeente (also read from the buurt codes)'],
  ['--name Almere', 'name of the gemeente (also read from the boundary file when it has it)'],
  ['--buurten file.geojson', 'CBS buurt boundaries (GeoJSON, WGS84 or RD New); needed to place locations in buurten'],
  ['--wijken file.geojson', 'CBS wijk boundaries (optional)'],
  ['--buurten-url buurten.geojson', 'link the buurten in the feed instead of writing them inline (relative to the feed)'],
  ['--wijken-url wijken.geojson', 'the same for the wijken'],
  ['--publisher "Gemeente Almere"', 'who publishes the feed (default: "Gemeente <name>")'],
  ['--publisher-url, --publisher-email', 'how to reach the publisher'],
  ['--license CC0-1.0', 'licence of the data, an SPDX identifier (default CC-BY-4.0, or the source\'s)'],
  ['--license-url URL', 'link to the licence text'],
  ['--attribution "..."', 'credit line for the boundaries (default "Kadaster / Centraal Bureau voor de Statistiek[, year]")'],
  ['--language nl', 'main language of the texts'],
];

export function contextFromOptions(options: Record<string, string>, readJson: (path: string) => unknown): ImportContext {
  const read = (key: string) => (options[key] ? readJson(options[key]) : undefined);
  return {
    municipality: { code: options.municipality, name: options.name },
    buurten: read('buurten'),
    buurtenFile: options.buurten,
    wijken: read('wijken'),
    wijkenFile: options.wijken,
    buurtenUrl: options['buurten-url'],
    wijkenUrl: options['wijken-url'],
    publisher: { name: options.publisher, url: options['publisher-url'], email: options['publisher-email'] },
    license: options.license,
    licenseUrl: options['license-url'],
    boundaryAttribution: options.attribution,
    language: options.language,
  };
}
