/** A buurt or wijk chosen on the map: its figures and its kinderwerkers. */
import { contactsForArea } from '../../lib/query';
import { useApp, useText } from '../AppContext';
import { AreaSummary } from '../list/AreaSummary';
import { ContactList } from './ContactList';

export function AreaDetails({ code }: { code: string }) {
  const app = useApp();
  const text = useText();
  const index = app.index.value;
  const contacts = index ? contactsForArea(index, code) : [];
  return (
    <>
      <AreaSummary code={code} />
      {contacts.length === 0 ? <p>{text.contact.noContacts}</p> : <ContactList ids={contacts.map((c) => c.id)} />}
    </>
  );
}
