/**
 * The widget's size budget: the gzipped size of each built widget file, recorded in
 * bench/size-budget.json. tests/e2e/size-budget.test.ts reads the build made once per test run and fails
 * when a file grows more than 5% over its budget. To accept a growth deliberately,
 * record the new sizes (and say why in the commit):
 *
 *   npx tsx bench/size-budget.ts --update
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { builtFileSizes } from '../scripts/size/file-size';

export const BUDGET_FILE = 'bench/size-budget.json';
/** How much a file may grow over its budget before the test fails. */
export const TOLERANCE = 0.05;
export const UPDATE_COMMAND = 'npx tsx bench/size-budget.ts --update';

export interface SizeBudget {
  note: string;
  /** Gzipped bytes (level 9) per built file. */
  gzip: Record<string, number>;
}

/** The gzipped size of each JS file in a widget build folder (`dist/widget` after `npm run build:widget`). */
export function widgetGzip(outDir: string): Record<string, number> {
  return Object.fromEntries(Object.entries(builtFileSizes(outDir)).map(([name, size]) => [name, size.gzip]));
}

/** Builds the widget with vite.widget.config.ts into a temporary folder and gzips each JS file. */
export async function builtWidgetGzip(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'kwk-size-'));
  try {
    await build({ configFile: 'vite.widget.config.ts', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    return widgetGzip(outDir);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export function readBudget(): SizeBudget {
  return JSON.parse(readFileSync(BUDGET_FILE, 'utf8')) as SizeBudget;
}

/** What is over budget, said so a person knows what to do. Empty when every file fits. */
export function overBudget(sizes: Record<string, number>, budget: SizeBudget): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return Object.entries(sizes).flatMap(([name, gzip]) => {
    const allowed = budget.gzip[name];
    if (allowed === undefined) return [`${name} has no budget yet; record one with: ${UPDATE_COMMAND}`];
    const limit = Math.floor(allowed * (1 + TOLERANCE));
    if (gzip <= limit) return [];
    return [
      `${name} is ${kb(gzip)} gzipped, ${(((gzip - allowed) / allowed) * 100).toFixed(1)}% over its budget of ${kb(allowed)} `
        + `(at most ${kb(limit)} allowed). Make it smaller, or, if the growth is worth it, update the budget with: `
        + `${UPDATE_COMMAND} (and say why in the commit).`,
    ];
  });
}

async function update(): Promise<void> {
  const gzip = await builtWidgetGzip();
  const budget: SizeBudget = {
    note: `Gzipped bytes of each widget file. npm test fails above budget + ${TOLERANCE * 100}%. Update deliberately: ${UPDATE_COMMAND}`,
    gzip,
  };
  writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
  for (const [name, bytes] of Object.entries(gzip)) console.log(`${name}: ${(bytes / 1024).toFixed(1)} KB gzip`);
  console.log(`wrote ${BUDGET_FILE}`);
}

if (process.argv.includes('--update')) await update();
