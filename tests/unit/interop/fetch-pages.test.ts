import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHsdsPages, fetchRpdePages } from '../../../lib/interop/fetch-pages';
import { formatProblem } from '../../../lib/interop/import-problem';
import { startTestServer, type TestServer } from '../../helpers/server';

const fixtures = 'tests/fixtures/interop';
const service = JSON.parse(readFileSync(`${fixtures}/hsds/service-full.json`, 'utf8'));
const second = { ...service, id: 'svc-2', name: 'Knutselclub Haven', service_at_locations: service.service_at_locations };
const page = (n: number, contents: unknown[]) => ({
  total_items: 2, total_pages: 2, page_number: n, size: 1, first_page: n === 1, last_page: n === 2, empty: false, contents,
});

let server: TestServer;
const asked: string[] = [];

beforeAll(async () => {
  server = await startTestServer({ static: [fixtures] });
  const json = (body: unknown) => (req: { url?: string }, res: import('node:http').ServerResponse) => {
    asked.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  server.route('/api/services', (req, res) => {
    const n = Number(new URL(req.url ?? '/', server.origin).searchParams.get('page') ?? 1);
    return json(page(n, [n === 1 ? service : second]))(req, res);
  });
  // The API's default list holds summaries only; full services are at /services/{id}.
  server.route('/summaries/services', json({ ...page(1, [{ id: 'svc-2', name: 'Knutselclub Haven', status: 'active' }]), total_pages: 1, total_items: 1 }));
  server.route('/summaries/services/svc-2', json(second));
});

afterAll(() => server.close());

describe('following pages over HTTP', () => {
  it('follows HSDS pages with ?page=N until total_pages', async () => {
    asked.length = 0;
    const { documents, problems } = await fetchHsdsPages(`${server.origin}/api/services`);
    expect(problems).toEqual([]);
    expect(asked).toEqual(['/api/services', '/api/services?page=2']);
    expect(documents.map((d) => d.name)).toEqual([`${server.origin}/api/services`, `${server.origin}/api/services?page=2`]);
  });

  it('fetches each full service when a list page holds summaries only', async () => {
    asked.length = 0;
    const { documents } = await fetchHsdsPages(`${server.origin}/summaries/services`);
    expect(asked).toEqual(['/summaries/services', '/summaries/services/svc-2']);
    expect(documents).toEqual([{ name: `${server.origin}/summaries/services/svc-2`, json: second }]);
  });

  it('follows RPDE next links (relative ones too) until a page comes back empty', async () => {
    const { documents, problems } = await fetchRpdePages(`${server.origin}/openactive/session-series-1.json`);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.name?.replace(server.origin, ''))).toEqual([
      '/openactive/session-series-1.json', '/openactive/session-series-2.json', '/openactive/session-series-3.json',
    ]);
  });

  it('says which address failed and how', async () => {
    const { problems } = await fetchRpdePages(`${server.origin}/openactive/missing.json`);
    expect(problems.map(formatProblem)).toEqual([
      `error   ${server.origin}/openactive/missing.json: the server answered HTTP 404; check the address`,
    ]);
  });
});

describe('a static HSDS file that answers page 1 to every ?page=N', () => {
  it('stops when the page number does not advance, instead of asking a hundred times', async () => {
    const asked: string[] = [];
    const body = { total_items: 30, total_pages: 3, page_number: 1, size: 10, first_page: true, last_page: false, empty: false, contents: [service] };
    const fakeFetch = (async (input: string | URL | Request) => {
      asked.push(String(input));
      return new Response(JSON.stringify(body), { status: 200 });
    }) as typeof fetch;
    const { documents, problems } = await fetchHsdsPages('https://hsds.example.org/service_list.json', { fetch: fakeFetch });
    expect(asked).toEqual(['https://hsds.example.org/service_list.json', 'https://hsds.example.org/service_list.json?page=2']);
    expect(documents).toHaveLength(1);
    expect(problems.map(formatProblem)).toEqual([
      'warning https://hsds.example.org/service_list.json?page=2: the server answered page 1 when page 2 was asked for (a static file ignores ?page=); paging stopped there',
    ]);
  });
});
