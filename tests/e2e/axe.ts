/**
 * axe-core (WCAG 2.1 A and AA rules) inside the widget's shadow root, for every
 * end-to-end test that puts the widget in a new state.
 *
 *   await injectAxe(page);            // needs a page opened with bypassCSP: true
 *   await expectAccessible(page);
 */
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';

export const AXE = 'node_modules/axe-core/axe.min.js';
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeSummary {
  violations: { id: string; help: string; targets: string[] }[];
  checkedNodes: number;
}

/** Adds axe-core to the page (the demo's CSP would block it: open the page with bypassCSP). */
export async function injectAxe(page: Page): Promise<void> {
  await page.addScriptTag({ path: AXE });
}

export async function scanWidget(page: Page): Promise<AxeSummary> {
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

export async function expectAccessible(page: Page): Promise<void> {
  const summary = await scanWidget(page);
  expect(summary.violations).toEqual([]);
  expect(summary.checkedNodes).toBeGreaterThan(20);
}

/**
 * axe on a whole extension page (popup, options). Their CSP forbids injected scripts;
 * evaluating through the DevTools protocol is not subject to it.
 */
export async function scanExtensionPage(page: Page): Promise<{ violations: string[]; checkedNodes: number }> {
  await page.evaluate(`${readFileSync(AXE, 'utf8')}\n;void 0`);
  return page.evaluate(async (tags) => {
    type AxeRule = { id: string; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeRule[]; passes: AxeRule[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'passes'] });
    return {
      violations: result.violations.map((rule) => `${rule.id}: ${rule.help} ${rule.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
      checkedNodes: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  }, WCAG21_AA);
}
