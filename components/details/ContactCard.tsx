/**
 * A kinderwerker: photo, role, organisation, the buurten where they are a known
 * face, and tap-to-call and mail links. Rendered only with publication consent:
 * the validated feed holds no one else, and this check keeps it that way even
 * if a record slips through.
 *
 *   <ContactCard contact={contact} showName />
 */
import type { Contact } from '../../lib/feed/schema';
import { useApp, useFeedLang, useFormat, useText } from '../AppContext';
import { areaNames } from '../list/area-name';
import { ContactPhoto } from './ContactPhoto';
import { MailLink, PhoneLink } from './PhoneLink';

export function ContactCard({ contact, showName = false }: { contact: Contact; showName?: boolean }) {
  const app = useApp();
  const text = useText();
  const feedLang = useFeedLang();
  const format = useFormat();
  if (contact.publicationConsent !== true) return null;
  const index = app.index.value;
  const organization = contact.organizationId ? index?.organizations.get(contact.organizationId) : undefined;
  const buurten = areaNames(index, contact.buurtCodes ?? []);

  return (
    <div class="kwk-contact">
      <ContactPhoto contact={contact} />
      <div class="kwk-contact__body">
        {showName && <p class="kwk-contact__name" lang={feedLang}>{contact.name}</p>}
        <p class="kwk-contact__role">{contact.role}</p>
        {organization && <p lang={feedLang}>{organization.name}</p>}
        {buurten.length > 0 && <p>{text.contact.knownFaceIn(format.list(buurten))}</p>}
        {contact.phone && (
          <p>
            <span aria-hidden="true" class="kwk-contact__icon">☎ </span>
            <PhoneLink phone={contact.phone} who={contact.name} />
          </p>
        )}
        {contact.email && (
          <p>
            <span aria-hidden="true" class="kwk-contact__icon">✉ </span>
            <MailLink email={contact.email} who={contact.name} />
          </p>
        )}
      </div>
    </div>
  );
}
