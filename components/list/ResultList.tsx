/**
 * The list: everything the map shows, in words (a legal requirement for
 * government maps, and the way in for keyboard and screen-reader users).
 * Sections for huiskamers, activities and kinderwerkers of the current area and
 * filters, the area's figures, and the loading and empty states in place (a failed
 * load is said above list and map alike, by StatusBanner).
 *
 *   <ResultList />
 */
import { createContext } from 'preact';
import { useContext, useId, useRef } from 'preact/hooks';
import { useApp, useText } from '../AppContext';
import { EmptyState } from '../status/EmptyState';
import { LoadingList } from '../status/LoadingList';
import { ActivityItem } from './ActivityItem';
import { AreaSummary } from './AreaSummary';
import { ContactItem } from './ContactItem';
import { HuiskamerItem } from './HuiskamerItem';
import { IncrementalList } from './IncrementalList';
import { PrintHeader } from './PrintHeader';
import { ResultCount } from './ResultCount';
import { ResultSection } from './ResultSection';
import { Heading } from '../ui/Heading';

export type ListFirst = 'activities' | 'huiskamers';

/**
 * Which section comes first. Activities by default: most parents look for something
 * their child can join this week; huiskamers are for fewer children and stay one
 * jump away. A municipality's huiskamer page can put them first (`list-first`).
 */
export const ListFirst = createContext<ListFirst>('activities');

export function ResultList() {
  const app = useApp();
  const text = useText();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feed = app.feed.value;
  // A big feed is indexed in slices after it arrives (lib/state.ts): until then it is still loading.
  const arrived = feed.phase === 'ready' || feed.phase === 'stale';
  const indexed = app.index.value !== undefined;

  return (
    <section class="kwk-results" aria-labelledby={headingId}>
      <Heading depth={1} id={headingId} headingRef={headingRef} tabIndex={-1} class="kwk-visually-hidden">
        {text.list.title}
      </Heading>
      <PrintHeader />
      <ResultCount />
      {(feed.phase === 'loading' || (arrived && !indexed)) && <LoadingList />}
      {arrived && indexed && <Results focusHeading={() => headingRef.current?.focus()} />}
    </section>
  );
}

function Results({ focusHeading }: { focusHeading: () => void }) {
  const app = useApp();
  const text = useText();
  const area = app.criteria.value.area;
  const activities = app.activities.value;
  const huiskamers = app.huiskamers.value;
  // The feed holds consented contacts only; the guard repeats here so the count can never include anyone hidden.
  const contacts = app.contacts.value.filter((contact) => contact.publicationConsent === true);
  const data = app.index.value?.data;
  const feedIsEmpty = data !== undefined && data.activities.length === 0 && data.huiskamers.length === 0;
  const first = useContext(ListFirst);
  const huiskamerHeading = useRef<HTMLHeadingElement>(null);
  const huiskamerSection = huiskamers.length > 0 && (
    <ResultSection title={text.list.huiskamers} count={huiskamers.length} headingRef={huiskamerHeading}>
      <IncrementalList items={huiskamers} itemKey={(hit) => hit.huiskamer.id} render={(hit) => <HuiskamerItem hit={hit} />} />
    </ResultSection>
  );

  return (
    <>
      {area && <AreaSummary code={area} />}
      {feedIsEmpty ? (
        <p class="kwk-notice">{text.status.emptyFeed}</p>
      ) : (
        activities.length === 0 && huiskamers.length === 0 && <EmptyState focusAfterReset={focusHeading} />
      )}
      {first === 'activities' && activities.length > 0 && huiskamers.length > 0 && (
        <p class="kwk-list-jump kwk-no-print">
          <button type="button" class="kwk-button kwk-button--quiet" onClick={() => huiskamerHeading.current?.focus()}>
            {text.list.jumpToHuiskamers(huiskamers.length)}
          </button>
        </p>
      )}
      {first === 'huiskamers' && huiskamerSection}
      {activities.length > 0 && (
        <ResultSection title={text.list.activities} count={activities.length}>
          <IncrementalList items={activities} itemKey={(hit) => hit.activity.id} render={(hit) => <ActivityItem hit={hit} />} />
        </ResultSection>
      )}
      {first === 'activities' && huiskamerSection}
      {contacts.length > 0 && (
        <ResultSection title={text.list.contacts} count={contacts.length}>
          <IncrementalList
            items={contacts}
            itemKey={(contact) => contact.id}
            render={(contact) => <ContactItem contact={contact} />}
          />
        </ResultSection>
      )}
    </>
  );
}
