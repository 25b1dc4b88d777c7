/**
 * Builds the demo feeds in memory: one feed per municipality plus, for Almere, the
 * linked neighbourhood GeoJSON files. Pure apart from reading data/boundaries/, and
 * deterministic, so a test can rebuild and compare with what is in public/feeds/.
 *
 *   for (const file of buildDemoFiles()) writeFileSync(join('public/feeds', file.name), file.text);
 */
import { FEED_FORMAT, FEED_VERSION, type FeedInput, type Meta } from '../../lib/feed/schema';
import { almereContent } from './almere';
import { almereOutcomes } from './almere/outcomes';
import { BOUNDARY_ATTRIBUTION, type DemoMunicipality, readBoundaries } from './boundaries';
import { formatJson } from './format-json';
import { placeLocations } from './place-locations';
import { type DemoContent, stampVerified } from './records';
import { tilburgContent } from './tilburg';
import { tilburgOutcomes } from './tilburg/outcomes';
import { withOutcomes } from './outcomes';

export interface DemoFile {
  /** File name inside public/feeds/. */
  name: string;
  text: string;
}

interface DemoMunicipalitySetup {
  key: DemoMunicipality;
  code: string;
  name: string;
  publisher: Meta['publisher'];
  content: DemoContent;
  /** Almere links its GeoJSON (to exercise `{ "url": … }`); Tilburg has it inline. */
  linkNeighbourhoods: boolean;
  /** Check dates handed out in turn to records that do not name their own. */
  verifiedDates: readonly string[];
}

export const DEMO_GENERATED_AT = '2026-11-01T08:00:00Z';

const SETUPS: DemoMunicipalitySetup[] = [
  {
    key: 'almere',
    code: 'GM0034',
    name: 'Almere',
    publisher: {
      name: 'Voorbeeld: Stichting Kinderwerk Almere (fictief)',
      url: 'https://example.org/kinderwerk-almere',
      email: 'info@example.org',
    },
    content: withOutcomes(almereContent, almereOutcomes),
    linkNeighbourhoods: true,
    verifiedDates: ['2026-10-26', '2026-10-12', '2026-09-28', '2026-10-19', '2026-09-07', '2026-10-05', '2026-06-22'],
  },
  {
    key: 'tilburg',
    code: 'GM0855',
    name: 'Tilburg',
    publisher: {
      name: 'Voorbeeld: Stichting Kinderwerk Tilburg (fictief)',
      url: 'https://example.org/kinderwerk-tilburg',
      email: 'tilburg@example.org',
    },
    content: withOutcomes(tilburgContent, tilburgOutcomes),
    linkNeighbourhoods: false,
    verifiedDates: ['2026-10-14', '2026-09-30', '2026-10-21', '2026-08-26', '2026-10-07'],
  },
];

export function buildDemoFiles(): DemoFile[] {
  return SETUPS.flatMap(buildMunicipalityFiles);
}

function buildMunicipalityFiles(setup: DemoMunicipalitySetup): DemoFile[] {
  const boundaries = readBoundaries(setup.key);
  const buurtenFile = `${setup.key}-buurten.geojson`;
  const wijkenFile = `${setup.key}-wijken.geojson`;
  const { content, verifiedDates } = setup;
  const feed: FeedInput = {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    meta: {
      municipality: { code: setup.code, name: setup.name },
      publisher: setup.publisher,
      license: 'CC0-1.0',
      licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
      generatedAt: DEMO_GENERATED_AT,
      boundaryAttribution: BOUNDARY_ATTRIBUTION,
      example: true,
      language: 'nl',
    },
    neighbourhoods: setup.linkNeighbourhoods
      ? { buurten: { url: buurtenFile }, wijken: { url: wijkenFile } }
      : boundaries,
    organizations: stampVerified(content.organizations, verifiedDates),
    locations: stampVerified(placeLocations(content.locations, boundaries.buurten.features, setup.name), verifiedDates),
    activities: stampVerified(content.activities, verifiedDates),
    huiskamers: stampVerified(content.huiskamers, verifiedDates),
    contacts: stampVerified(content.contacts, verifiedDates),
    stories: stampVerified(content.stories ?? [], verifiedDates),
  };
  const files = [{ name: `${setup.key}.json`, text: formatJson(feed) }];
  if (setup.linkNeighbourhoods) {
    // GeoJSON stays compact: it is read by machines and would be thousands of lines otherwise.
    files.push({ name: buurtenFile, text: `${JSON.stringify(boundaries.buurten)}\n` });
    files.push({ name: wijkenFile, text: `${JSON.stringify(boundaries.wijken)}\n` });
  }
  return files;
}
