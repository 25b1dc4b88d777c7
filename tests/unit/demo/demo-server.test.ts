import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer();
});
afterAll(() => demo.close());

describe('demo server', () => {
  it('sends a folder typed without its slash to the folder, query and all, instead of a 404', async () => {
    const site = await fetch(new URL('site?lang=en', demo.url), { redirect: 'manual' });
    expect(site.status).toBe(301);
    expect(site.headers.get('location')).toBe('/site/?lang=en');
    const widget = await fetch(new URL('widget', demo.url), { redirect: 'manual' });
    expect(widget.headers.get('location')).toBe('/widget/');
  });

  it('still answers 404 for a page that does not exist', async () => {
    expect((await fetch(new URL('sitemap', demo.url), { redirect: 'manual' })).status).toBe(404);
  });
});
