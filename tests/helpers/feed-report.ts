/**
 * What `npm run feed:from-csv` prints for a folder, as the feed builder page words
 * it: the page reports the same problems, but says where to give a missing fact
 * on the page instead of naming a command-line option (lib/site/publish/page-hints.ts).
 *
 *   const lines = await csvReportAsOnPage('public/templates', 'data/boundaries/almere-buurten.geojson');
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMAND_LINE_HINTS } from '../../lib/interop/context-hints';
import { FEED_FILE_NAME } from '../../lib/site/publish/build-feed';
import { PAGE_HINTS } from '../../lib/site/publish/page-hints';
import { main as feedFromCsv } from '../../scripts/feed-from-csv';
import { runCli } from './cli';

const asOnPage = (line: string) =>
  Object.entries(COMMAND_LINE_HINTS).reduce((text, [key, hint]) => text.replace(hint, PAGE_HINTS[key as keyof typeof PAGE_HINTS]), line);

/** The report lines, the written file named `feed.json` as on the page. */
export async function csvReportAsOnPage(folder: string, buurten: string): Promise<string[]> {
  const out = join(mkdtempSync(join(tmpdir(), 'kwk-publish-')), FEED_FILE_NAME);
  const run = await runCli(feedFromCsv, [folder, '--out', out, '--buurten', buurten]);
  return run.stdout.trimEnd().split('\n').map((line) => asOnPage(line.replace(out, FEED_FILE_NAME)));
}
