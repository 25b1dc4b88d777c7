/**
 * A kinderwerker in the list: name, role and a tap-to-call link. The feed only
 * holds people who consented, but the check is repeated here: someone who did
 * not agree to be published is never rendered, whatever the data says.
 */
import type { Contact } from '../../lib/feed/schema';
import { useText } from '../AppContext';
import { SafeLink } from '../ui/SafeLink';
import { telHref } from '../ui/safe-href';
import { OpenButton } from './OpenButton';
import { Heading } from '../ui/Heading';

export function ContactItem({ contact }: { contact: Contact }) {
  const text = useText();
  if (contact.publicationConsent !== true) return null;
  return (
    <li class="kwk-item kwk-item--contact">
      <Heading depth={3} class="kwk-item__title">
        <OpenButton selection={{ kind: 'contact', id: contact.id }}>{contact.name}</OpenButton>
      </Heading>
      <p class="kwk-item__line">{contact.role}</p>
      {(contact.phone || contact.email) && (
        <p class="kwk-item__line kwk-item__links">
          {contact.phone && (
            <SafeLink href={telHref(contact.phone)}>
              <span class="kwk-visually-hidden">{text.details.callLabel(contact.name)}: </span>
              {contact.phone}
            </SafeLink>
          )}
          {contact.email && <span class="kwk-print-only">{contact.email}</span>}
        </p>
      )}
    </li>
  );
}
