/**
 * Collects problems while a feed is validated and hands them back in document
 * order: by top-level section as the feed lists them, then by record, then in the
 * order they were found. Validation visits kinds in dependency order, not in the
 * publisher's order, so sorting happens here once at the end.
 *
 *   const log = createProblemLog();
 *   log.add('activities', 12, { path: 'activities[12].name', kind: 'activities', reason: '…', severity: 'error' });
 *   log.inOrder(['meta', 'neighbourhoods.buurten', 'activities']);
 */
import type { FeedProblem } from './model';

export interface ProblemLog {
  /** `section` is a record kind or `neighbourhoods.buurten` / `neighbourhoods.wijken`; `index` the record's position. */
  add(section: string, index: number, problem: FeedProblem): void;
  inOrder(sectionOrder: readonly string[]): FeedProblem[];
}

export function createProblemLog(): ProblemLog {
  const bySection = new Map<string, Map<number, FeedProblem[]>>();
  return {
    add(section, index, problem) {
      let byIndex = bySection.get(section);
      if (!byIndex) bySection.set(section, (byIndex = new Map()));
      const list = byIndex.get(index);
      if (list) list.push(problem);
      else byIndex.set(index, [problem]);
    },
    inOrder(sectionOrder) {
      const sections = [...sectionOrder, ...[...bySection.keys()].filter((s) => !sectionOrder.includes(s))];
      const out: FeedProblem[] = [];
      for (const section of sections) {
        const byIndex = bySection.get(section);
        if (!byIndex) continue;
        const indexes = [...byIndex.keys()].sort((a, b) => a - b);
        for (const index of indexes) out.push(...(byIndex.get(index) ?? []));
      }
      return out;
    },
  };
}
