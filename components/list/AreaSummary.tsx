/**
 * The figures for the chosen buurt or wijk: activities, huiskamers, places a day,
 * waiting list, kinderwerkers, children and offers per 1,000 children. The same
 * numbers colour the map; here they are in words, for everyone who cannot see it.
 * Counts follow the filters (age, day, …), like the map does.
 */
import { useApp, useFormat, useText } from '../AppContext';
import { withCriteria } from '../filters/with-criteria';
import { Heading } from '../ui/Heading';

export function AreaSummary({ code }: { code: string }) {
  const app = useApp();
  const text = useText();
  const format = useFormat();
  const totals = app.totals.value.get(code);
  if (!totals) return null;
  const name = totals.name ?? code;
  const unknown = text.totals.unknown;
  const known = (value: number | null, digits = 0) => (value === null ? unknown : format.number(value, digits));
  const rows: [string, string][] = [
    [text.totals.activities, format.number(totals.activities)],
    [text.totals.huiskamers, format.number(totals.huiskamers)],
    [text.totals.placesPerDay, format.number(totals.placesPerDay)],
    [text.totals.waitingList, known(totals.waitingList)],
    [text.totals.contacts, format.number(totals.contacts)],
    [text.totals.children, known(totals.children)],
    [text.totals.per1000, known(totals.perThousandChildren, 1)],
  ];

  return (
    <section class="kwk-summary" aria-labelledby={`kwk-summary-${code}`}>
      <Heading depth={2} id={`kwk-summary-${code}`} class="kwk-summary__title">
        {text.list.summaryTitle(name)}
        <span class="kwk-summary__kind"> · {totals.kind === 'wijk' ? text.totals.wijk : text.totals.buurt}</span>
      </Heading>
      <dl class="kwk-summary__figures">
        {rows.map(([label, value]) => (
          <div key={label} class="kwk-summary__figure">
            <dt>{label}</dt>
            <dd class={value === unknown ? 'kwk-summary__unknown' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        class="kwk-button kwk-button--quiet kwk-summary__all kwk-no-print"
        onClick={() => {
          app.criteria.value = withCriteria(app.criteria.value, { area: undefined });
        }}
      >
        {text.list.wholeCity}
      </button>
    </section>
  );
}
