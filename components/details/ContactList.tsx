/** The contact persons of an activity or huiskamer, by id; ids the feed does not hold (or hid) are skipped. */
import { useApp, useText } from '../AppContext';
import { ContactCard } from './ContactCard';
import { Field } from './Field';

export function ContactList({ ids }: { ids: readonly string[] | undefined }) {
  const app = useApp();
  const text = useText();
  const index = app.index.value;
  const contacts = (ids ?? []).flatMap((id) => index?.contacts.get(id) ?? []).filter((c) => c.publicationConsent === true);
  if (contacts.length === 0) return null;
  return (
    <Field label={text.details.contacts}>
      <ul class="kwk-plain-list kwk-contact-list">
        {contacts.map((contact) => (
          <li key={contact.id}>
            <ContactCard contact={contact} showName />
          </li>
        ))}
      </ul>
    </Field>
  );
}
