/**
 * Screenshots of the widget's main states on the demo page, at phone and desktop
 * widths, for looking at a change before it lands (not a test).
 *
 *   npm run build:widget && npx tsx scripts/screenshots.ts [outDir]   # default /tmp/kwk-shots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer } from './demo-server';
import { launchBrowser } from '../tests/helpers/browser';

const outDir = process.argv[2] ?? '/tmp/kwk-shots';
mkdirSync(outDir, { recursive: true });
const demo = await startDemoServer();
const browser = await launchBrowser();
try {
  for (const width of [320, 360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
    await page.goto(demo.url);
    await page.locator('kinderwerk-kaart .kwk-item').first().waitFor();
    await page.evaluate(() => document.querySelector('kinderwerk-kaart')?.scrollIntoView());
    await page.screenshot({ path: join(outDir, `list-${width}.png`), fullPage: false });
    await page.locator('kinderwerk-kaart .kwk-item--huiskamer .kwk-item__open').first().click();
    await page.locator('kinderwerk-kaart .kwk-details').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(outDir, `details-${width}.png`), fullPage: false });
    await page.close();
  }
} finally {
  await browser.close();
  await demo.close();
}
console.log(`screenshots in ${outDir}`);
