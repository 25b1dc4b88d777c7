/**
 * A synthetic kinderwerk feed (format v1) of any size: neighbourhoods, organisations,
 * locations, activities, huiskamers and contact persons that read like a real Dutch
 * town's and pass validation without a single problem. Deterministic: the same plan
 * and seed give the same feed, byte for byte. Each record kind draws from its own
 * random stream, so asking for more activities leaves the locations as they were.
 *
 *   const feed = generateFeed(feedPlan({ size: 'city', seed: '1' }));
 *   writeFileSync('city.json', JSON.stringify(feed));
 */
import { FEED_FORMAT, FEED_VERSION, type FeedInput } from '../../lib/feed/schema';
import { generateActivities } from './activities';
import { describeAreas } from './areas';
import { createCalendar } from './calendar';
import { generateContacts } from './contacts';
import type { FeedPlan } from './feed-plan';
import { gridNeighbourhoods } from './grid-neighbourhoods';
import { generateHuiskamers } from './huiskamers';
import { generateLocations } from './locations';
import { generateOrganizations } from './organizations';
import { generateOutcomes } from './outcomes';
import { createRandom } from './random';

export const SYNTHETIC_BOUNDARIES = 'Synthetische buurtgrenzen (gegenereerd, geen echte CBS-grenzen)';
export const REAL_BOUNDARIES = 'Kadaster / Centraal Bureau voor de Statistiek';

export function generateFeed(plan: FeedPlan): FeedInput {
  const stream = (kind: string) => createRandom(`${plan.seed}:${kind}`);
  const calendar = createCalendar(plan.generatedAt.slice(0, 10));
  const gemeente = plan.municipality.code.slice(2);
  const neighbourhoods = plan.boundaries
    ?? gridNeighbourhoods({
      count: plan.buurten, gemeente, centre: plan.centre, random: stream('neighbourhoods'), year: Number(calendar.today.slice(0, 4)),
    });
  const areas = describeAreas(neighbourhoods.buurten, stream('areas'));
  const town = { name: plan.municipality.name, areaCode: plan.areaCode };

  const organizations = generateOrganizations(plan.organizations, town, stream('organizations'), calendar);
  const locations = generateLocations(
    { count: plan.locations, huiskamers: plan.huiskamers, areas, organizations, town },
    stream('locations'),
    calendar,
  );
  const contacts = generateContacts({ count: plan.contacts, areas, organizations }, stream('contacts'), calendar);
  const huiskamers = generateHuiskamers(
    { locations: locations.slice(0, plan.huiskamers), organizations, contacts },
    stream('huiskamers'),
    calendar,
  );
  const offers = {
    activities: generateActivities(
      { count: plan.activities, locations: locations.slice(plan.huiskamers), areas, organizations, contacts },
      stream('activities'),
      calendar,
    ),
    huiskamers,
  };
  const outcomes = generateOutcomes({ ...offers, organizations, areas, town }, stream('outcomes'), calendar);

  return {
    format: FEED_FORMAT,
    version: FEED_VERSION,
    meta: {
      municipality: plan.municipality,
      publisher: { name: `Voorbeeld: Kinderwerk ${plan.municipality.name} (synthetisch)`, url: 'https://example.org/kinderwerk' },
      license: 'CC0-1.0',
      generatedAt: plan.generatedAt,
      boundaryAttribution: plan.boundaries ? REAL_BOUNDARIES : SYNTHETIC_BOUNDARIES,
      example: true,
      language: 'nl',
    },
    neighbourhoods: {
      buurten: { type: 'FeatureCollection', features: neighbourhoods.buurten },
      ...(neighbourhoods.wijken.length > 0 && { wijken: { type: 'FeatureCollection', features: neighbourhoods.wijken } }),
    },
    organizations: outcomes.organizations,
    locations,
    activities: outcomes.activities,
    huiskamers: outcomes.huiskamers,
    contacts,
    stories: outcomes.stories,
  };
}
