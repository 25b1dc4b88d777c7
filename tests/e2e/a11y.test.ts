/**
 * axe-core (WCAG 2.1 A and AA rules) inside the widget's shadow root on the demo page,
 * in every state a visitor meets: wide, phone list, phone map, filters open, type-ahead
 * open, details open, nothing found. Each scan must find no violations and must have
 * checked something: a scan of nothing always passes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server';
import { launchBrowser } from '../helpers/browser';
import { WIDGET, openPage, waitForResults } from './widget-page';

const nl = t('nl');
const AXE = 'node_modules/axe-core/axe.min.js';
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeSummary {
  violations: { id: string; help: string; targets: string[] }[];
  checkedNodes: number;
}

let demo: DemoServer;
let browser: Browser;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function openDemo(width: number): Promise<Page> {
  // The demo's CSP would block the injected axe script; the widget itself needs no bypass (csp.test.ts).
  const page = await openPage(browser, demo.url, { width, bypassCSP: true });
  await waitForResults(page);
  await page.addScriptTag({ path: AXE });
  return page;
}

async function scanWidget(page: Page): Promise<AxeSummary> {
  return page.evaluate(async (tags) => {
    type AxeNode = { target: unknown[] };
    type AxeRule = { id: string; help: string; nodes: AxeNode[] };
    const axe = (window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> };
    }).axe;
    const result = await axe.run(
      { include: { fromShadowDom: ['kinderwerk-kaart', '.kwk-root'] } },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] },
    );
    return {
      violations: result.violations.map((rule) => ({
        id: rule.id,
        help: rule.help,
        targets: rule.nodes.map((node) => JSON.stringify(node.target)),
      })),
      checkedNodes: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  }, WCAG21_AA);
}

async function expectAccessible(page: Page): Promise<void> {
  const summary = await scanWidget(page);
  expect(summary.violations).toEqual([]);
  expect(summary.checkedNodes).toBeGreaterThan(20);
}

describe('accessibility of the widget (axe-core, WCAG 2.1 A/AA)', () => {
  it('has no violations on a wide screen with map and list', async () => {
    const page = await openDemo(1280);
    await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations with details open', async () => {
    const page = await openDemo(1280);
    await page.locator(`${WIDGET} .kwk-item__open`).first().click();
    await page.locator(`${WIDGET} .kwk-details`).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations when nothing matches the filters', async () => {
    const page = await openDemo(1280);
    await page.getByLabel(nl.filters.text).fill('zzzzzz geen resultaat');
    await page.locator(`${WIDGET} .kwk-empty`).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations with the buurt type-ahead open', async () => {
    const page = await openDemo(1280);
    await page.getByRole('combobox', { name: nl.filters.area }).fill('wijk');
    await page.getByRole('option').first().waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('has no violations on a phone, in the list, with filters open, and on the map', async () => {
    const page = await openDemo(360);
    await expectAccessible(page);

    await page.locator(`${WIDGET} .kwk-filters__toggle`).click();
    await expectAccessible(page);

    await page.getByRole('button', { name: nl.app.showMap }).click();
    await page.locator(`${WIDGET} .leaflet-marker-icon`).first().waitFor();
    await expectAccessible(page);
    await page.context().close();
  });
});
