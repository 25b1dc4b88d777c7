/**
 * The chosen files as the page lists them: each name with what the builder took
 * it for, so a publisher sees at once that `grenzen.json` counts as boundaries
 * and that the .xlsx was not read.
 */
import type { Lang } from '../../../lib/i18n/language';
import { siteText } from '../../../lib/site/i18n';
import type { ChosenFiles } from '../../../lib/site/publish/chosen-files';

export function chosenList(files: ChosenFiles, lang: Lang): { name: string; kind: string }[] {
  const m = siteText(lang).publish;
  return [
    ...files.spreadsheets.map(({ name }) => ({ name, kind: m.kindSpreadsheet })),
    ...(files.buurten ? [{ name: files.buurten.name, kind: m.kindBuurten }] : []),
    ...(files.wijken ? [{ name: files.wijken.name, kind: m.kindWijken }] : []),
    ...(files.feed ? [{ name: files.feed.name, kind: m.kindFeed }] : []),
    ...files.documents.map(({ standard, document }) => ({ name: document.name ?? '', kind: standard === 'hsds' ? m.kindHsds : m.kindOpenActive })),
    ...files.problems.map(({ file }) => ({ name: file ?? '', kind: m.kindUnreadable })),
  ];
}
