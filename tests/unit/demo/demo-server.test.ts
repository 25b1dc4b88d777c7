import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../scripts/demo-server';

let demo: DemoServer;
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'kwk-demo-'));
  mkdirSync(join(root, 'dist/site/templates'), { recursive: true });
  writeFileSync(join(root, 'dist/site/templates/README.md'), '# Spreadsheet templates\n');
  demo = await startDemoServer({ root });
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

  it('shows the templates\' column guide as text in the browser, not as a download', async () => {
    const guide = await fetch(new URL('site/templates/README.md', demo.url));
    expect(guide.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await guide.text()).toContain('Spreadsheet templates');
  });

  it('still answers 404 for a page that does not exist', async () => {
    expect((await fetch(new URL('sitemap', demo.url), { redirect: 'manual' })).status).toBe(404);
  });
});
