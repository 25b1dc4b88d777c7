/**
 * Tap-to-call and mail links, with the number and address written out (they
 * must survive printing), and who you reach in the accessible name.
 */
import { useText } from '../AppContext';
import { SafeLink } from '../ui/SafeLink';
import { mailtoHref, telHref } from '../ui/safe-href';

export function PhoneLink({ phone, who }: { phone: string; who: string }) {
  const text = useText();
  return (
    <SafeLink href={telHref(phone)} class="kwk-contact-link">
      <span class="kwk-visually-hidden">{text.details.callLabel(who)}: </span>
      {phone}
    </SafeLink>
  );
}

export function MailLink({ email, who }: { email: string; who: string }) {
  const text = useText();
  return (
    <SafeLink href={mailtoHref(email)} class="kwk-contact-link">
      <span class="kwk-visually-hidden">{text.details.mailLabel(who)}: </span>
      {email}
    </SafeLink>
  );
}
