/**
 * Screenshots of the publishing site's pages (docs/site.md) at phone and desktop widths,
 * for looking at a change before it lands (not a test). PDOK's tiles are answered with
 * the demo's placeholder tile, so it works offline.
 *
 *   npm run build:widget && npm run build:site && npx tsx scripts/site-screenshots.ts [outDir]   # default /tmp/kwk-shots/site
 *   (the feed builder's problems too, from tests/fixtures/interop/csv)
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from './demo-server';
import { placeholderTile } from './placeholder-tile';
import { launchBrowser } from '../tests/helpers/browser';

const outDir = process.argv[2] ?? '/tmp/kwk-shots/site';
mkdirSync(outDir, { recursive: true });
const demo = await startDemoServer();
const browser = await launchBrowser();
const embed = `embed.html?feed=feeds/almere.json&lang=nl&neighbourhood=WK003402`;
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 }, locale: 'nl-NL' });
    await page.route('https://service.pdok.nl/**', (route) => route.fulfill({ contentType: 'image/png', body: placeholderTile() }));
    for (const [name, path] of [['index', 'index.html'], ['configure', 'configure.html'], ['embed', embed], ['publish', 'publish.html']]) {
      await page.goto(`${demo.url}site/${path}`);
      await page.locator('h1').first().or(page.locator('kinderwerk-kaart .kwk-item').first()).waitFor();
      if (name !== 'index' && name !== 'publish') await page.locator('kinderwerk-kaart .kwk-item').first().waitFor();
      await page.screenshot({ path: join(outDir, `${name}-${width}.png`), fullPage: true });
      // The first screen too: a full page of a phone is too long to judge at once.
      await page.screenshot({ path: join(outDir, `${name}-${width}-top.png`) });
    }
    // The builder's result with problems: the tables, each exact text with its meaning.
    const broken = 'tests/fixtures/interop/csv';
    const files = readdirSync(broken).filter((name) => name.endsWith('.csv')).map((name) => join(broken, name));
    await page.goto(`${demo.url}site/publish.html`);
    await page.locator('#kwk-publish-files').setInputFiles([...files, 'data/boundaries/almere-buurten.geojson']);
    await page.locator('.kwk-publish__chosen').waitFor();
    await page.locator('button.kwk-publish__build').click();
    await page.locator('.kwk-publish__problems--error').waitFor();
    await page.locator('.kwk-publish__problems--error').screenshot({ path: join(outDir, `publish-problems-${width}.png`) });
    await page.goto(`${demo.url}site/configure.html?lang=en`);
    await page.getByLabel('Own colours and font').check();
    await page.getByLabel('Iframe').check();
    await page.locator('pre').first().waitFor();
    await page.locator('pre').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outDir, `configure-en-code-${width}.png`) });
    await page.screenshot({ path: join(outDir, `configure-en-own-${width}.png`), fullPage: true });
    await page.close();
  }
} finally {
  await browser.close();
  await demo.close();
}
console.log(`screenshots in ${outDir}`);
