/**
 * The chosen buurt or wijk above the list: its name, what is on offer there after the
 * filters (the same count the map shows), and the way back to the whole municipality.
 * Policy figures (children, places per 1,000, waiting lists) are not for parents: they
 * live in the municipality's view (components/insight).
 */
import { useApp, useText } from '../AppContext';
import { withCriteria } from '../filters/with-criteria';
import { Heading } from '../ui/Heading';

export function AreaSummary({ code }: { code: string }) {
  const app = useApp();
  const text = useText();
  const totals = app.totals.value.get(code);
  if (!totals) return null;
  const name = totals.name ?? code;

  return (
    <section class="kwk-summary" aria-labelledby={`kwk-summary-${code}`}>
      <Heading depth={2} id={`kwk-summary-${code}`} class="kwk-summary__title">
        <bdi>{name}</bdi>
        <span class="kwk-summary__kind"> · {totals.kind === 'wijk' ? text.totals.wijk : text.totals.buurt}</span>
      </Heading>
      <p>{text.map.offers(totals.activities, totals.huiskamers)}</p>
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
