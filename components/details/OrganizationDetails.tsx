/** An organisation: what it is, how to reach it, and what it offers in this feed. */
import type { Organization } from '../../lib/feed/schema';
import { useApp, useFeedLang, useText } from '../AppContext';
import { Field } from './Field';
import { LastVerified } from './LastVerified';
import { OfferList } from './OfferList';
import { OrganizationLinks } from './OrganizationBlock';

export function OrganizationDetails({ organization }: { organization: Organization }) {
  const app = useApp();
  const text = useText();
  const feedLang = useFeedLang();
  const index = app.index.value;
  const activities = index?.activities.filter((entry) => entry.organization?.id === organization.id) ?? [];
  const huiskamers = index?.huiskamers.filter((entry) => entry.organization?.id === organization.id) ?? [];

  return (
    <>
      {organization.description && <p class="kwk-details__prose" lang={feedLang}>{organization.description}</p>}
      <Field label={text.contact.title}>
        <OrganizationLinks organization={organization} />
      </Field>
      <OfferList label={text.details.offers} activities={activities} huiskamers={huiskamers} />
      <LastVerified date={organization.lastVerified} />
    </>
  );
}
