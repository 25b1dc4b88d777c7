/** "Organisatie": who runs it, with website, phone and e-mail. */
import type { Organization } from '../../lib/feed/schema';
import { useFeedLang, useText } from '../AppContext';
import { Field } from './Field';
import { ReachLinks } from './ReachLinks';
import { SelectButton } from './SelectButton';

/** The organisation's website, phone and e-mail. */
export function OrganizationLinks({ organization }: { organization: Organization }) {
  const text = useText();
  return (
    <ReachLinks
      url={organization.url}
      urlLabel={text.details.website}
      phone={organization.phone}
      email={organization.email}
      who={organization.name}
    />
  );
}

export function OrganizationBlock({ organization }: { organization: Organization | undefined }) {
  const text = useText();
  const feedLang = useFeedLang();
  if (!organization) return null;
  return (
    <Field label={text.details.organizer}>
      <p class="kwk-details__strong" lang={feedLang}>{organization.name}</p>
      <OrganizationLinks organization={organization} />
      <SelectButton selection={{ kind: 'organization', id: organization.id }}>
        {text.details.aboutOrganization}
      </SelectButton>
    </Field>
  );
}
