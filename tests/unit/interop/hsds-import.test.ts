import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFeedFormat } from '../../../lib/interop/detect-format';
import { importHsds } from '../../../lib/interop/hsds-import';
import { readHsdsDocuments } from '../../../lib/interop/hsds-read';
import type { ImportContext } from '../../../lib/interop/import-context';
import { formatProblem, sortProblems, type ImportProblem } from '../../../lib/interop/import-problem';

const fixtures = 'tests/fixtures/interop';
const context: ImportContext = {
  municipality: { code: 'GM0034', name: 'Almere' },
  buurten: JSON.parse(readFileSync(`${fixtures}/buurten.geojson`, 'utf8')),
  publisher: { name: 'X' },
  license: 'CC0-1.0',
  now: new Date('2026-11-23T10:00:00Z'),
};
const read = (name: string) => ({ name, json: JSON.parse(readFileSync(`${fixtures}/hsds/${name}`, 'utf8')) });
const lines = (problems: ImportProblem[]) => sortProblems(problems).map(formatProblem);
type Records = Record<string, Record<string, unknown>[]>;

describe('importHsds: a fully nested service, as GET /services/{id} returns it', () => {
  const result = importHsds([read('service-full.json')], context);
  const feed = result.feed as Records;

  it('maps the service, its location, organization, schedule, cost, contact and phone', () => {
    expect(feed.activities).toEqual([
      {
        id: '5a1c3c2e-0d3b-4c55-9a59-1f0d7c9e2b10', lastVerified: '2026-10-15', name: 'Huiswerkklas De Werven',
        description: 'Hulp bij huiswerk en lezen, met limonade en een koekje.', category: 'learning', programme: 'weekly',
        organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', ageRange: { min: 8, max: 12 },
        schedule: [{ byDay: ['MO', 'WE'], startTime: '15:00', endTime: '16:30' }],
        cost: { free: true, note: 'per keer' },
        join: {
          method: 'sign-up', instructions: 'Aanmelden bij de juf of bij Samira.', url: 'https://deschoor.example.org/aanmelden',
          phone: '036 123 4567', email: 'huiswerk@deschoor.example.org',
        },
        languages: ['nl'], locationId: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0e',
        contactIds: ['3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f'], url: 'https://deschoor.example.org/huiswerkklas',
      },
    ]);
    expect(feed.locations).toEqual([
      {
        id: 'a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0e', lastVerified: '2026-11-23', name: 'Brede School De Werven', kind: 'school',
        organizationId: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
        address: { street: 'Werf', number: '10', postcode: '1353 AB', city: 'Almere' },
        latitude: 52.335, longitude: 5.23, buurtCode: 'BU00340102',
        accessibility: 'Ingang zonder drempel. Lift naar de eerste verdieping.',
      },
    ]);
    expect(feed.organizations).toEqual([
      {
        id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610', lastVerified: '2026-09-01', name: 'Stichting De Schoor',
        description: 'Welzijnsorganisatie in Almere Haven', url: 'https://deschoor.example.org', email: 'info@deschoor.example.org',
      },
    ]);
    expect(feed.contacts).toEqual([
      {
        id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f', lastVerified: '2026-11-23', name: 'Samira Bouzid', role: 'Kinderwerker',
        phone: '06 12345678', email: 'samira@deschoor.example.org', publicationConsent: true,
      },
    ]);
  });

  it('says once which records had no date of last check, and which words of the source it did not keep', () => {
    expect(lines(result.problems)).toEqual([
      'warning service-full.json, alternate_name (id 5a1c3c2e-0d3b-4c55-9a59-1f0d7c9e2b10): alternate_name is not kept: the feed has no field for it. Put what matters of it in the activity\'s description',
      'warning service-full.json, eligibility_description (id 5a1c3c2e-0d3b-4c55-9a59-1f0d7c9e2b10): eligibility_description "Voor kinderen van groep 5 tot en met 8" was not taken over (the ages come from minimum_age and maximum_age); say who may join in the description',
      "warning service-full.json, service_at_locations[0].location (id a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0e): no assured_date or metadata last_action_date (nor on 1 more record); used the import date 2026-11-23 as the date the data was last checked. Add assured_date or metadata last_action_date to the source",
      'warning service-full.json, service_at_locations[0].location.description (id a7b8c9d0-e1f2-4a3b-8c4d-5e6f7a8b9c0e): description is not kept: the feed has no field for it. Put what matters of it in the activity\'s description',
    ]);
  });
});

describe('importHsds: an organization with its services and locations', () => {
  const result = importHsds([read('organization-with-services.json')], context);
  const feed = result.feed as Records;

  it('reports impossible coordinates, missing ages, monthly schedules and closed services with path and id', () => {
    expect(lines(result.problems)).toEqual([
      "error   organization-with-services.json, locations[1].latitude (id loc-civic): coordinates 100, 101 are impossible (latitude must lie between -90 and 90, longitude between -180 and 180). This location was left out",
      "warning organization-with-services.json, services[0].maximum_age (id svc-buitenspelen): maximum_age 99 is above 25; used 25",
      "warning organization-with-services.json, services[0].schedules[1] (id svc-buitenspelen): freq MONTHLY cannot be shown as a weekly time; only WEEKLY schedules are taken over; this schedule was left out",
      "error   organization-with-services.json, services[1].service_at_locations (id svc-civic): none of its locations could be used (see their problems) and no service_areas with CBS buurt codes; this service was left out",
      "error   organization-with-services.json, services[2].minimum_age (id svc-zonder-leeftijd): no ages: give minimum_age and maximum_age (kinderwerk is shown by age); this service was left out",
      "warning organization-with-services.json, services[3].status (id svc-gestopt): status is \"defunct\"; the service was left out",
    ]);
  });

  it('keeps the rest', () => {
    expect(feed.activities.map((a) => a.id)).toEqual(['svc-buitenspelen']);
    expect(feed.activities[0]).toMatchObject({
      organizationId: 'org-buurtwerk', category: 'play', ageRange: { min: 4, max: 25 },
      schedule: [{ byDay: ['WE'], startTime: '14:00', endTime: '16:00' }],
      cost: { free: false, amount: 1.5, note: 'per middag' }, join: { method: 'walk-in' }, locationId: 'loc-speeltuin',
    });
    expect(feed.locations).toEqual([
      { id: 'loc-speeltuin', lastVerified: '2026-09-02', name: 'Speeltuin Het Eiland', kind: 'playground', organizationId: 'org-buurtwerk', latitude: 52.336, longitude: 5.205, buurtCode: 'BU00340101' },
    ]);
  });
});

describe('importHsds: an API page with services that need guessing', () => {
  const result = importHsds([read('page-with-edge-cases.json')], context);
  const feed = result.feed as Records;

  it('says what it assumed and what it left out, with path and id', () => {
    expect(lines(result.problems)).toEqual([
      "warning page-with-edge-cases.json, contents[0].application_process (id svc-speelbus): could not tell how a child joins; assumed sign-up. Say \"walk in\"/\"binnenlopen\", \"sign up\"/\"aanmelden\" or \"referral\"/\"verwijzing\" in application_process",
      "warning page-with-edge-cases.json, contents[0].cost_options (id svc-speelbus): no cost given (cost_options or fees_description); assumed free. Add a cost option with amount 0 to say so",
      "warning page-with-edge-cases.json, contents[0].eligibility_description (id svc-speelbus): ages read from the text \"4 tot 12 jaar\"; give minimum_age and maximum_age to be sure",
      "warning page-with-edge-cases.json, contents[0].schedules[0] (id svc-speelbus): valid_from and valid_to are not given on every schedule (or only one of them); the dates were left out, so it shows as running every week",
      "warning page-with-edge-cases.json, contents[1] (id svc-atelier): join.phone: write the phone number with digits, spaces, \"+\" or \"-\" only; this part was left out",
      "warning page-with-edge-cases.json, contents[1].application_process (id svc-atelier): could not tell how a child joins; assumed sign-up. Say \"walk in\"/\"binnenlopen\", \"sign up\"/\"aanmelden\" or \"referral\"/\"verwijzing\" in application_process",
      "warning page-with-edge-cases.json, contents[1].cost_options (id svc-atelier): no cost given (cost_options or fees_description); assumed free. Add a cost option with amount 0 to say so",
      "warning page-with-edge-cases.json, contents[1].name (id svc-atelier): could not tell what kind of activity this is from its name, description or taxonomy terms; used \"other\"",
      "warning page-with-edge-cases.json, contents[1].schedules[0] (id svc-atelier): closes_at 14:00 is not after opens_at 15:00; this schedule was left out",
      "warning page-with-edge-cases.json, contents[1].schedules[1] (id svc-atelier): interval 2 (every 2 weeks) cannot be shown as a weekly time; this schedule was left out",
      "warning page-with-edge-cases.json, contents[1].service_at_locations[0] (id svc-atelier): location loc-onbekend is not in the data; give the location nested in service_at_locations or in locations.json",
      "error   page-with-edge-cases.json, contents[2].service_at_locations (id svc-online): none of its locations could be used (see their problems) and no service_areas with CBS buurt codes; this service was left out",
      "warning page-with-edge-cases.json, contents[2].service_at_locations[0].location (id loc-online): a virtual location cannot be shown on the map; it was left out",
      "warning page-with-edge-cases.json, contents[3].application_process (id svc-tekenen): could not tell how a child joins; assumed sign-up. Say \"walk in\"/\"binnenlopen\", \"sign up\"/\"aanmelden\" or \"referral\"/\"verwijzing\" in application_process",
      "warning page-with-edge-cases.json, contents[3].maximum_age (id svc-tekenen): no maximum_age; used 18",
      "warning page-with-edge-cases.json, contents[3].service_at_locations[0].location (id loc-bieb): no assured_date or metadata last_action_date; used the import date 2026-11-23 as the date the data was last checked. Add assured_date or metadata last_action_date to the source",
      "warning page-with-edge-cases.json, contents[3].service_at_locations[0].location.addresses[0] (id loc-bieb): address_1 \"Sluis\" does not end in a house number; the address was left out",
      "warning page-with-edge-cases.json, contents[4]: not an HSDS service, organization or location (no fields like status, service_at_locations, latitude or services); it was ignored",
    ]);
  });

  it('serves buurten named in service areas, reads ages from text, and keeps a cost it cannot price as a note', () => {
    expect(feed.activities.map((a) => a.id)).toEqual(['svc-speelbus', 'svc-atelier', 'svc-tekenen']);
    expect(feed.activities[0]).toMatchObject({ servesBuurten: ['BU00340101'], ageRange: { min: 4, max: 12 }, category: 'play' });
    expect(feed.activities[0]).not.toHaveProperty('locationId');
    expect(feed.activities[1]).toMatchObject({ locationId: 'loc-bieb', schedule: [{ byDay: ['MO'], startTime: '15:00', endTime: '16:00' }] });
    expect(feed.activities[1].join).toEqual({ method: 'sign-up' });
    expect(feed.activities[2]).toMatchObject({
      category: 'creative', cost: { free: false, note: 'vrijwillige bijdrage' },
      schedule: [{ byDay: ['TU'], startTime: '16:00', endTime: '17:00' }],
    });
  });
});

describe('importHsds without what the feed needs', () => {
  it('makes no feed without buurten and says which argument to add', () => {
    const result = importHsds([read('service-full.json')], { ...context, buurten: undefined });
    expect(result.feed).toBeUndefined();
    expect(lines(result.problems)).toContain('error   no buurten given; pass the CBS buurt boundaries of the municipality with --buurten buurten.geojson');
  });

  it('says so when the document holds no services', () => {
    const result = importHsds([{ name: 'empty.json', json: { total_items: 0, total_pages: 0, page_number: 1, contents: [] } }], context);
    expect(result.feed).toBeUndefined();
    expect(lines(result.problems)).toEqual([
      'error   no activity, huiskamer or contact came through (see the problems above, or check that the source is the right one); no feed was made, because publishing an empty feed would empty the map of everyone who uses it',
      'error   (document): no HSDS services found; give a service, an organization with services, or a page of services ({ "contents": [...] })',
    ]);
  });
});

describe('importHsds: services at locations (GET /service_at_locations, the UK service_at_location_full)', () => {
  const result = importHsds([read('service-at-location-list.json')], context);
  const feed = result.feed as Records;

  it('makes one activity per place, each with the schedule given at that place', () => {
    expect(feed.activities.map((a) => [a.name, a.locationId, a.schedule, a.organizationId])).toEqual([
      ['Voorleesclub', '3c4d5e6f-7081-4923-8b4c-5d6e7f809102', [{ byDay: ['WE'], startTime: '14:00', endTime: '15:00' }], '4d5e6f70-8192-4a34-9c5d-6e7f80910213'],
      ['Voorleesclub', '7f809102-1324-4c56-9e7f-809102132435', [{ byDay: ['FR'], startTime: '15:30', endTime: '16:30' }], '4d5e6f70-8192-4a34-9c5d-6e7f80910213'],
    ]);
    expect(feed.locations.map((l) => l.name)).toEqual(['Brede School De Werven', 'Buurthuis De Schakel']);
    expect(lines(result.problems).filter((line) => line.startsWith('error'))).toEqual([]);
  });

  it('adds the places to a service given in another file', () => {
    const page = read('service-at-location-list.json').json;
    const links = page.contents.map(({ service: _service, ...link }: Record<string, unknown>) => link);
    const service = page.contents[0].service;
    const both = importHsds([{ name: 'services.json', json: [service] }, { name: 'service_at_locations.json', json: links }], context);
    expect((both.feed as Records).activities.map((a) => a.locationId)).toEqual([
      '3c4d5e6f-7081-4923-8b4c-5d6e7f809102', '7f809102-1324-4c56-9e7f-809102132435',
    ]);
  });

  it('reads the specification\'s own service_at_location examples as HSDS services', () => {
    for (const name of ['example-service_at_location_full.json', 'example-service_at_location_list.json']) {
      const json = JSON.parse(readFileSync(`${fixtures}/hsds-official/${name}`, 'utf8'));
      const found = readHsdsDocuments([{ name, json }]);
      expect([found.services.length, found.locations.length, found.unknown.length]).toEqual([1, 0, 0]);
      expect(detectFeedFormat(json)).toBe('hsds');
    }
  });
});

describe('importHsds says what it cannot keep, per record', () => {
  const base = {
    id: '0a0b0c0d-0000-4000-8000-000000000001', name: 'Knutselclub', status: 'active', minimum_age: 6, maximum_age: 12,
    assured_date: '2026-10-01', fees_description: 'Gratis', application_process: 'Aanmelden',
    schedules: [{ id: 's0', freq: 'WEEKLY', byday: 'FR', opens_at: '15:00', closes_at: '16:00' }],
    service_at_locations: [{ id: 'sal-1', location: { id: 'loc-1', location_type: 'physical', name: 'De Schakel', latitude: 52.335, longitude: 5.21, metadata: [{ last_action_date: '2026-10-01' }] } }],
  };
  const problemsOf = (service: Record<string, unknown>) => lines(importHsds([{ name: 'service.json', json: { ...base, ...service } }], context).problems);
  const activitiesOf = (service: Record<string, unknown>) => (importHsds([{ name: 'service.json', json: { ...base, ...service } }], context).feed as Records).activities;

  it('reports an alert, required documents and a phone extension', () => {
    expect(problemsOf({
      alert: 'Gesloten in de kerstvakantie', required_documents: [{ id: 'd', document: 'Stadspas' }],
      phones: [{ id: 'p', number: '036 123 4567', extension: '12' }],
    })).toEqual([
      'warning service.json, alert (id 0a0b0c0d-0000-4000-8000-000000000001): alert "Gesloten in de kerstvakantie" was not taken over: the feed has no field for a notice. Put it in the description if it still matters',
      'warning service.json, phones[0].extension (id 0a0b0c0d-0000-4000-8000-000000000001): extension 12 was left out: the feed keeps a phone number without extension. Give a number that reaches the right person',
      'warning service.json, required_documents (id 0a0b0c0d-0000-4000-8000-000000000001): required_documents ("Stadspas") were not taken over: the feed has no field for them. Name them in the joining instructions (application_process)',
    ]);
  });

  it('says once per field what has no place in the feed, with where it was first and how often', () => {
    const page = { contents: [{ ...base, wait_time: '2 weken' }, { ...base, id: '0a0b0c0d-0000-4000-8000-000000000002', wait_time: '1 week' }] };
    expect(lines(importHsds([{ name: 'page.json', json: page }], context).problems)).toEqual([
      'warning page.json, contents[0].wait_time (id 0a0b0c0d-0000-4000-8000-000000000001): wait_time is not kept: the feed has no field for it (on 2 services; the first is here). Put what matters of it in the activity\'s description',
    ]);
  });

  it('leaves out schedules limited to days of the month or weeks of the year, and says a count is not kept', () => {
    const schedules = [
      { id: 's1', freq: 'WEEKLY', byday: 'MO', bymonthday: '1', opens_at: '15:00', closes_at: '16:00' },
      { id: 's2', freq: 'WEEKLY', byday: 'TU', byweekno: '1,2,3', opens_at: '15:00', closes_at: '16:00' },
      { id: 's3', freq: 'WEEKLY', byday: 'WE', count: 6, opens_at: '15:00', closes_at: '16:00' },
      base.schedules[0],
    ];
    expect(problemsOf({ schedules })).toEqual([
      'warning service.json, schedules[0] (id 0a0b0c0d-0000-4000-8000-000000000001): bymonthday "1" names days of the month, not of the week; this schedule was left out',
      'warning service.json, schedules[1] (id 0a0b0c0d-0000-4000-8000-000000000001): byweekno "1,2,3" runs in some weeks of the year only, which a weekly time cannot show; this schedule was left out',
      'warning service.json, schedules[2] (id 0a0b0c0d-0000-4000-8000-000000000001): count 6: the schedule ends after 6 times, but the feed keeps an end date, not a count, so it shows as running on. Give valid_to (or until) instead',
    ]);
  });

  it('says when a schedule ended long ago and leaves it out, instead of importing an activity that silently ended', () => {
    const ended = { id: 's', freq: 'WEEKLY', byday: 'MO', opens_at: '15:00', closes_at: '16:00', valid_from: '2005-01-03', valid_to: '2005-06-27', bymonthday: '2' };
    expect(activitiesOf({ schedules: [ended, base.schedules[0]] })[0]).toMatchObject({ schedule: [{ byDay: ['FR'] }] });
    expect(activitiesOf({ schedules: [ended, base.schedules[0]] })[0]).not.toHaveProperty('dateRange');
    expect(problemsOf({ schedules: [ended, base.schedules[0]] })).toEqual([
      'warning service.json, schedules[0] (id 0a0b0c0d-0000-4000-8000-000000000001): ended on 2005-06-27 (valid_to or until), before the import date 2026-11-23; this schedule was left out',
    ]);
    expect(problemsOf({ schedules: [ended] })).toContain(
      'error   service.json, (document) (id 0a0b0c0d-0000-4000-8000-000000000001): schedule: give at least one day and time; this activity was left out',
    );
  });

  it('keeps a price in pounds as text, never as euros', () => {
    const service = { fees_description: undefined, cost_options: [{ id: 'c', amount: 3.5, currency: 'GBP', amount_description: 'per session' }] };
    expect(activitiesOf(service)[0].cost).toEqual({ free: false, note: '3.5 GBP, per session' });
    expect(problemsOf(service)).toEqual([
      'warning service.json, cost_options[0].currency (id 0a0b0c0d-0000-4000-8000-000000000001): the amount 3.5 GBP is not in euros; it was kept as a note without an amount. Give the price in EUR',
    ]);
    expect(activitiesOf({ fees_description: '€ 1.250,00 per jaar' })[0].cost).toEqual({ free: false, amount: 1250, note: 'per jaar' });
  });

  it('guesses the category from whole words: "played" is not play', () => {
    expect(activitiesOf({ name: 'Virtual BODYPUMP', description: 'A workout played to the beat' })[0]).toMatchObject({ category: 'other' });
    expect(activitiesOf({ name: 'Jeugdvoetbal' })[0]).toMatchObject({ category: 'sport' });
  });
});
