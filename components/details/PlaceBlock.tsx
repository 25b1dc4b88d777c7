/**
 * "Waar": the place, its address and buurt, and a route link (OpenStreetMap:
 * no account, no tracking). For mobile work without a fixed place: the buurten
 * it visits.
 */
import type { Location } from '../../lib/feed/schema';
import { useApp, useFeedLang, useFormat, useText } from '../AppContext';
import { addressLine } from '../../lib/feed/address-line';
import { areaName, areaNames } from '../list/area-name';
import { SafeLink } from '../ui/SafeLink';
import { routeHref } from '../ui/safe-href';
import { Field } from './Field';
import { SelectButton } from './SelectButton';

export function PlaceBlock({ location, visits = [] }: { location?: Location; visits?: readonly string[] }) {
  const app = useApp();
  const text = useText();
  const feedLang = useFeedLang();
  const format = useFormat();
  const index = app.index.value;
  if (!location) {
    if (visits.length === 0) return null;
    return (
      <Field label={text.details.where}>
        <p>{text.map.mobile}</p>
        <p>{text.details.visits}: {format.list(areaNames(index, visits))}</p>
      </Field>
    );
  }
  return (
    <Field label={text.details.where}>
      <p class="kwk-details__strong" lang={feedLang}>{location.name}</p>
      {location.address && <p>{addressLine(location.address)}</p>}
      {location.buurtCode && (
        <p>
          {text.totals.buurt}: {areaName(index, location.buurtCode)}
        </p>
      )}
      <p class="kwk-details__actions">
        <SafeLink href={routeHref(location.latitude, location.longitude)}>
          {text.details.routeLabel(location.name)}
        </SafeLink>
        <SelectButton selection={{ kind: 'location', id: location.id }}>{text.details.aboutPlace}</SelectButton>
      </p>
    </Field>
  );
}
