/**
 * Direct use: the widget and the extension accept an HSDS or OpenActive URL as
 * their feed. Once direct-source.ts has fetched the pages and the buurten, this
 * converts them in the browser (no Node APIs here). The result is not validated:
 * the loader validates it like any feed.
 *
 *   const { feed, problems } = convertToKinderwerk(pages.documents, 'hsds', {
 *     municipality: { code: 'GM0034', name: 'Almere' },
 *     buurten: buurtenGeoJson,                // or buurtenUrl: 'https://.../buurten.geojson'
 *   });
 */
import type { FeedProblem } from '../feed/model';
import type { SourceDocument } from './hsds-read';
import { runSteps } from '../steps';
import { importHsdsSteps } from './hsds-import';
import type { ImportContext } from './import-context';
import { problemPlace, type ImportProblem } from './import-problem';
import { importOpenActiveSteps } from './openactive-import';

/** What a page knows that the source does not: the municipality and its buurten. */
export type DirectContext = Pick<
  ImportContext,
  'municipality' | 'buurten' | 'buurtenFile' | 'wijken' | 'wijkenFile' | 'buurtenUrl' | 'wijkenUrl' | 'publisher' | 'license' | 'now' | 'hints'
>;

export interface Converted {
  /** A kinderwerk feed (not yet validated), or undefined when none could be made. */
  feed?: unknown;
  /** What the conversion could not map, with the path and id in the source. */
  problems: ImportProblem[];
}

/** Converts the pages of one source, in the format detected from its first page. */
export function convertToKinderwerk(documents: readonly SourceDocument[], format: 'hsds' | 'openactive', context: DirectContext): Converted {
  return runSteps(convertToKinderwerkSteps(documents, format, context));
}

/** `convertToKinderwerk` as steps (lib/steps.ts): a source of thousands of services converts in slices. */
export function* convertToKinderwerkSteps(
  documents: readonly SourceDocument[],
  format: 'hsds' | 'openactive',
  context: DirectContext,
): Generator<void, Converted> {
  const importContext: ImportContext = { ...context, skipValidation: true };
  const { feed, problems } = format === 'hsds' ? yield* importHsdsSteps(documents, importContext) : yield* importOpenActiveSteps(documents, importContext);
  return { feed, problems };
}

/** Conversion problems in the shape feed validation reports, so the app can list them with the others. */
export function asFeedProblems(problems: readonly ImportProblem[]): FeedProblem[] {
  return problems.map((problem) => ({
    path: problemPlace({ ...problem, id: undefined }) || '(source)',
    ...(problem.id ? { id: problem.id } : {}),
    reason: problem.reason,
    severity: problem.severity,
  }));
}
