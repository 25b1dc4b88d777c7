/**
 * The options every feed importer shares (feed:from-csv, feed:import), kept free of Node
 * APIs: the scripts parse the command line (scripts/cli/args.ts) and pass in how to read a file.
 *
 *   const args = parseCliArgs(argv, io, { usage, options: { out: { type: 'string' }, ...stringOptions(CONTEXT_OPTION_NAMES) } });
 *   const context = contextFromOptions(args.values, (path) => JSON.parse(readFileSync(path, 'utf8')));
 */
import type { ImportContext } from './import-context';

export const CONTEXT_OPTION_NAMES = [
  'municipality', 'name', 'buurten', 'wijken', 'buurten-url', 'wijken-url',
  'publisher', 'publisher-url', 'publisher-email', 'license', 'license-url', 'attribution', 'language',
] as const;

export type ContextOptions = Partial<Record<(typeof CONTEXT_OPTION_NAMES)[number], string>>;

/** The options every importer shares, with what they mean; printed by `--help`. */
const CONTEXT_OPTIONS: ReadonlyArray<readonly [string, string]> = [
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

/** The context options as lines of a CLI's help text, shared by feed:from-csv and feed:import. */
export const CONTEXT_OPTIONS_HELP: readonly string[] = CONTEXT_OPTIONS.map(([option, meaning]) => `  ${option.padEnd(36)} ${meaning}`);

export function contextFromOptions(options: ContextOptions, readJson: (path: string) => unknown): ImportContext {
  const read = (key: 'buurten' | 'wijken') => (options[key] ? readJson(options[key]) : undefined);
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
