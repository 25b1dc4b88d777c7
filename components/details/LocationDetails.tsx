/**
 * A place: address, buurt, accessibility notes, a route link (OpenStreetMap, no
 * tracking) and what happens there.
 */
import type { Location } from '../../lib/feed/schema';
import { useApp, useText } from '../AppContext';
import { addressLine } from '../../lib/feed/address-line';
import { areaName } from '../list/area-name';
import { SafeLink } from '../ui/SafeLink';
import { routeHref } from '../ui/safe-href';
import { Field } from './Field';
import { LastVerified } from './LastVerified';
import { OfferList } from './OfferList';
import { OrganizationBlock } from './OrganizationBlock';

export function LocationDetails({ location }: { location: Location }) {
  const app = useApp();
  const text = useText();
  const index = app.index.value;
  const activities = index?.activities.filter((entry) => entry.location?.id === location.id) ?? [];
  const huiskamers = index?.huiskamers.filter((entry) => entry.location?.id === location.id) ?? [];
  const organization = location.organizationId ? index?.organizations.get(location.organizationId) : undefined;

  return (
    <>
      <p class="kwk-details__kind">{text.locationKinds[location.kind]}</p>
      <Field label={text.details.address}>
        {location.address && <p>{addressLine(location.address)}</p>}
        {location.buurtCode && (
          <p>
            {text.totals.buurt}: {areaName(index, location.buurtCode)}
          </p>
        )}
        <p>
          <SafeLink href={routeHref(location.latitude, location.longitude)}>{text.details.routeLabel(location.name)}</SafeLink>
        </p>
      </Field>
      {location.accessibility && (
        <Field label={text.details.accessibility}>
          <p class="kwk-details__prose">{location.accessibility}</p>
        </Field>
      )}
      <OfferList label={text.details.whatHappensHere} activities={activities} huiskamers={huiskamers} />
      <OrganizationBlock organization={organization} />
      <LastVerified date={location.lastVerified} />
    </>
  );
}
