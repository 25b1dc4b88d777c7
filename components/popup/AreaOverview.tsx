/**
 * What a kinderwerker needs for one buurt, in one screen: the activities of
 * the coming week, the huiskamers with places and waiting list, the known faces
 * with call and mail links, a small map and a summary to copy for a parent, and the
 * buurt's key figures for talks with the municipality.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { useApp, useText } from '../AppContext';
import { ContactCard } from '../details/ContactCard';
import { ActivityItem } from '../list/ActivityItem';
import { HuiskamerItem } from '../list/HuiskamerItem';
import { ResultSection } from '../list/ResultSection';
import { MapView } from '../map/MapView';
import { insightOf } from '../insight/insight-of';
import { AreaFigures } from './AreaFigures';
import { ChildFilter } from './ChildFilter';
import { childChoices, childCriteria } from './child-choices';
import { CopySummary } from './CopySummary';
import { PinToggle } from './PinToggle';

export interface AreaOverviewProps {
  tiles: string;
  tileAttribution: string;
  copyText(text: string): Promise<void>;
  /** Whether the buurt shown is one of the worker's pinned buurten. */
  pinned: boolean;
  onTogglePin(code: string): void;
  /** The municipality's page with the widget, for a link in the summary. */
  widgetPage?: string;
  /** Only where the browser can share. */
  share?(text: string): Promise<void>;
}

export function AreaOverview({ tiles, tileAttribution, copyText, pinned, onTogglePin, widgetPage, share }: AreaOverviewProps) {
  const app = useApp();
  const text = useText();
  // The parent's language stays for the next buurt, as a worker helps one parent at a time.
  const [summaryLang, setSummaryLang] = useState<Lang>(app.lang.value);
  const index = app.index.value;
  const code = app.criteria.value.area;
  const area = code ? index?.areas.get(code) : undefined;
  if (!index || !code || !area) return null;
  const wijk = area.wijkCode ? index.areas.get(area.wijkCode) : undefined;
  const activities = app.activities.value;
  const huiskamers = app.huiskamers.value;
  const contacts = app.contacts.value;
  const forChild = childChoices(app.criteria.value) > 0;

  return (
    <section class="kwk-popup-area" aria-labelledby="kwk-popup-area-title">
      <div class="kwk-popup-area__head">
        <h2 id="kwk-popup-area-title" class="kwk-popup-area__title">{area.name ?? code}</h2>
        <PinToggle pinned={pinned} onToggle={() => onTogglePin(code)} />
      </div>
      <p class="kwk-popup-area__context">
        {[wijk?.name, index.data.meta.municipality.name].filter(Boolean).join(' · ')}
      </p>
      <ChildFilter />
      {/* Keyed by the buurt and the child's choices: "Gekopieerd" belongs to the text that was copied. */}
      <CopySummary
        key={`${code} ${JSON.stringify(childCriteria(app.criteria.value))}`}
        copyText={copyText}
        share={share}
        widgetPage={widgetPage}
        summaryLang={summaryLang}
        onSummaryLang={setSummaryLang}
      />
      <div class="kwk-popup-area__map">
        <MapView tiles={tiles} tileAttribution={tileAttribution} compact />
      </div>
      <ResultSection title={text.extension.comingWeek} count={activities.length}>
        {activities.length ? (
          <ul class="kwk-list">{activities.map((hit) => <ActivityItem key={hit.activity.id} hit={hit} />)}</ul>
        ) : (
          <p class="kwk-popup-area__none">{forChild ? text.extension.nothingForChild : text.extension.nothingComingWeek}</p>
        )}
      </ResultSection>
      <ResultSection title={text.extension.huiskamers} count={huiskamers.length}>
        {huiskamers.length ? (
          <ul class="kwk-list">{huiskamers.map((hit) => <HuiskamerItem key={hit.huiskamer.id} hit={hit} />)}</ul>
        ) : (
          <p class="kwk-popup-area__none">{forChild ? text.extension.noHuiskamerForChild : text.extension.noHuiskamers}</p>
        )}
      </ResultSection>
      <ResultSection title={text.extension.knownFaces} count={contacts.length}>
        {contacts.length ? (
          <ul class="kwk-list kwk-popup-area__faces">
            {contacts.map((contact) => (
              <li key={contact.id} class="kwk-item"><ContactCard contact={contact} showName /></li>
            ))}
          </ul>
        ) : (
          <p class="kwk-popup-area__none">{text.extension.noKnownFaces}</p>
        )}
      </ResultSection>
      <AreaFigures insight={insightOf(index.data)} code={code} />
    </section>
  );
}
