/**
 * How to reach someone, as a short list: a web link, a phone number and an e-mail
 * address, each written out so it survives printing. Nothing when none is given.
 *
 *   <ReachLinks url={join.url} urlLabel={text.details.signUp} phone={join.phone} email={join.email} who="Voetbal Filmwijk" />
 */
import { useText } from '../AppContext';
import { SafeLink } from '../ui/SafeLink';
import { MailLink, PhoneLink } from './PhoneLink';

export interface ReachLinksProps {
  url?: string;
  /** What the web link does: "Aanmelden", "Website". */
  urlLabel: string;
  phone?: string;
  email?: string;
  /** Whom a call or mail reaches, for the accessible names. */
  who: string;
}

export function ReachLinks({ url, urlLabel, phone, email, who }: ReachLinksProps) {
  const text = useText();
  if (!url && !phone && !email) return null;
  return (
    <ul class="kwk-plain-list kwk-details__links">
      {url && (
        <li>
          <SafeLink href={url}>{urlLabel}</SafeLink>
          <span class="kwk-print-only"> {url}</span>
        </li>
      )}
      {phone && (
        <li>
          {text.contact.phone}: <PhoneLink phone={phone} who={who} />
        </li>
      )}
      {email && (
        <li>
          {text.contact.email}: <MailLink email={email} who={who} />
        </li>
      )}
    </ul>
  );
}
