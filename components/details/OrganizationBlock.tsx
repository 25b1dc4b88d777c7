/** "Organisatie": who runs it, with website, phone and e-mail. */
import type { Organization } from '../../lib/feed/schema';
import { useFeedLang, useText } from '../AppContext';
import { SafeLink } from '../ui/SafeLink';
import { Field } from './Field';
import { MailLink, PhoneLink } from './PhoneLink';
import { SelectButton } from './SelectButton';

export function OrganizationLinks({ organization }: { organization: Organization }) {
  const text = useText();
  if (!organization.url && !organization.phone && !organization.email) return null;
  return (
    <ul class="kwk-plain-list kwk-details__links">
      {organization.url && (
        <li>
          <SafeLink href={organization.url}>{text.details.website}</SafeLink>
          <span class="kwk-print-only"> {organization.url}</span>
        </li>
      )}
      {organization.phone && (
        <li>
          {text.contact.phone}: <PhoneLink phone={organization.phone} who={organization.name} />
        </li>
      )}
      {organization.email && (
        <li>
          {text.contact.email}: <MailLink email={organization.email} who={organization.name} />
        </li>
      )}
    </ul>
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
