/**
 * npm run feed:generate -- --size city --seed 1 --out /tmp/city.json
 * npm run feed:generate -- --buurten 20 --locations 60 --activities 200 --seed test --out small.json
 *
 * Writes a synthetic kinderwerk feed of any size, for benchmarks and load tests:
 * valid, realistic, and the same for the same seed. Without --buurten-file the
 * neighbourhoods are a synthetic grid around a Dutch centre.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { readBuurten, readWijken } from '../lib/interop/neighbourhood-source';
import { parseCliArgs, stringOptions, usageError, type CliValues } from './cli/args';
import { runWhenExecutedDirectly, type CliIo } from './cli/io';
import { feedPlan, SIZES, type PlanRequest, type SizeName } from './generate/feed-plan';
import { generateFeed } from './generate/generate-feed';

const HELP = [
  'Counts (each overrides the size; left out, they follow from --buurten):',
  '  --buurten N --locations N --activities N --huiskamers N --contacts N --organizations N',
  `Sizes: city = ${JSON.stringify(SIZES.city)}`,
  `       region = ${JSON.stringify(SIZES.region)}`,
  '',
  'Options:',
  '  --seed S                    any text; the same seed gives the same feed (default 1)',
  '  --buurten-file b.geojson    real buurt boundaries (CBS/PDOK GeoJSON) instead of a synthetic grid',
  '  --wijken-file w.geojson     real wijk boundaries to go with them',
  '  --municipality GM0034 --name Almere   the town (default GM9999 Voorbeeldstad)',
  '  --centre 52.09,5.12         centre of the synthetic grid',
  '  --generated-at 2026-11-01T08:00:00Z   the feed date; all other dates are counted from it',
  '  --pretty                    indent the JSON (bigger file)',
].join('\n');

const COUNTS = ['buurten', 'locations', 'activities', 'huiskamers', 'contacts', 'organizations'] as const;

const CLI = {
  usage: 'npm run feed:generate -- [--size city|region] [counts] --seed S --out feed.json',
  help: HELP,
  options: {
    ...stringOptions(['out', 'size', 'seed', ...COUNTS, 'buurten-file', 'wijken-file', 'municipality', 'name', 'centre', 'generated-at']),
    pretty: { type: 'boolean' },
  },
} as const;

type Options = CliValues<typeof CLI.options>;

function count(options: Options, key: (typeof COUNTS)[number]): number | undefined {
  const given = options[key];
  if (given === undefined) return undefined;
  const value = Number(given.replace(/[_,]/g, ''));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${key} must be a whole number, not "${given}"`);
  return value;
}

function readBoundaries(options: Options, limit: number | undefined): PlanRequest['boundaries'] {
  const file = options['buurten-file'];
  if (!file) return undefined;
  const municipality = options.municipality;
  const read = readBuurten(JSON.parse(readFileSync(file, 'utf8')), file, municipality);
  if (read.features.length === 0) throw new Error(read.problems.map((problem) => problem.reason).join('; '));
  const buurten = limit === undefined ? read.features : read.features.slice(0, limit);
  const wijkenFile = options['wijken-file'];
  const wijkCodes = new Set(buurten.map((buurt) => buurt.properties.wijkCode));
  const wijken = wijkenFile
    ? readWijken(JSON.parse(readFileSync(wijkenFile, 'utf8')), wijkenFile, municipality).features.filter((w) => wijkCodes.has(w.properties.code))
    : [];
  return { buurten, wijken };
}

function requestFrom(options: Options): PlanRequest {
  const size = options.size;
  if (size !== undefined && !(size in SIZES)) throw new Error(`--size must be ${Object.keys(SIZES).join(' or ')}, not "${size}"`);
  const boundaries = readBoundaries(options, count(options, 'buurten'));
  const firstCode = boundaries?.buurten[0]?.properties.code;
  const centre = options.centre?.split(',').map(Number);
  if (centre && (centre.length !== 2 || centre.some(Number.isNaN))) throw new Error('--centre is latitude,longitude, e.g. 52.09,5.12');
  return {
    seed: options.seed ?? '1',
    size: size as SizeName | undefined,
    buurten: count(options, 'buurten'),
    locations: count(options, 'locations'),
    activities: count(options, 'activities'),
    huiskamers: count(options, 'huiskamers'),
    contacts: count(options, 'contacts'),
    organizations: count(options, 'organizations'),
    boundaries,
    ...(options.municipality || firstCode
      ? { municipality: { code: options.municipality ?? `GM${firstCode!.slice(2, 6)}`, name: options.name ?? 'Voorbeeldstad' } }
      : {}),
    ...(centre && { centre: { lat: centre[0], lon: centre[1] } }),
    ...(options['generated-at'] && { generatedAt: options['generated-at'] }),
  };
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv, io, CLI);
  if (!args.ok) return args.exitCode;
  const options = args.values;
  if (!options.out) return usageError(io, CLI, 'Give the file to write: --out feed.json.');
  let request: PlanRequest;
  try {
    request = requestFrom(options);
  } catch (error) {
    io.err((error as Error).message);
    return 2;
  }
  const defined = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined)) as PlanRequest;
  const started = performance.now();
  const plan = feedPlan(defined);
  const feed = generateFeed(plan);
  const text = options.pretty ? JSON.stringify(feed, null, 2) : JSON.stringify(feed);
  writeFileSync(options.out, `${text}\n`);
  const megabytes = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  io.out(
    `wrote ${options.out} (${megabytes} MB, ${Math.round(performance.now() - started)} ms): seed "${plan.seed}", `
      + `${plan.buurten} buurten, ${plan.organizations} organisations (and ${(feed.organizations?.length ?? 0) - plan.organizations} partners), `
      + `${plan.locations} locations, ${plan.activities} activities, ${plan.huiskamers} huiskamers, ${plan.contacts} contacts, `
      + `${feed.stories?.length ?? 0} stories`,
  );
  return 0;
}

runWhenExecutedDirectly(import.meta.url, main);
