/**
 * "Aanbod" and "Cijfers": the parents' view and the municipality's view of the same
 * feed. Shown only when the host page enables the figures (`views="aanbod cijfers"` or
 * `view="cijfers"` on the widget); without it parents see no tab at all.
 * Going back to "Aanbod" returns to the list or map the reader had.
 */
import { useRef } from 'preact/hooks';
import type { View } from '../lib/state';
import { useApp, useText } from './AppContext';

/** The views a host page can enable, in the order of the tabs. */
export const VIEW_TABS = ['aanbod', 'cijfers'] as const;
export type ViewTab = (typeof VIEW_TABS)[number];

export function ViewTabs({ tabs }: { tabs: readonly ViewTab[] }) {
  const app = useApp();
  const text = useText();
  const view = app.view.value;
  const lastAanbod = useRef<View>('list');
  if (view !== 'cijfers') lastAanbod.current = view;
  const showing: ViewTab = view === 'cijfers' ? 'cijfers' : 'aanbod';
  return (
    <div class="kwk-view-tabs kwk-no-print" role="group" aria-label={text.insight.tabs}>
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          class="kwk-view-tabs__tab"
          aria-pressed={tab === showing}
          onClick={() => void (app.view.value = tab === 'cijfers' ? 'cijfers' : lastAanbod.current)}
        >
          {tab === 'cijfers' ? text.insight.tabCijfers : text.insight.tabAanbod}
        </button>
      ))}
    </div>
  );
}
