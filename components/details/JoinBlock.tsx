/**
 * "Zo doe je mee": walk in, sign up or referral, the publisher's instructions,
 * and the sign-up link, phone and e-mail when given.
 */
import type { HowToJoin } from '../../lib/feed/schema';
import { useFeedLang, useText } from '../AppContext';
import { SafeLink } from '../ui/SafeLink';
import { Field } from './Field';
import { MailLink, PhoneLink } from './PhoneLink';

export function JoinBlock({ join, who, remainingPlaces }: { join: HowToJoin; who: string; remainingPlaces?: number }) {
  const text = useText();
  const feedLang = useFeedLang();
  return (
    <Field label={text.details.howToJoin}>
      <p class="kwk-details__strong">{text.join[join.method]}</p>
      {remainingPlaces !== undefined && <p>{text.details.placesLeft(remainingPlaces)}</p>}
      {join.instructions && <p class="kwk-details__prose" lang={feedLang}>{join.instructions}</p>}
      <JoinLinks join={join} who={who} />
    </Field>
  );
}

function JoinLinks({ join, who }: { join: HowToJoin; who: string }) {
  const text = useText();
  if (!join.url && !join.phone && !join.email) return null;
  return (
    <ul class="kwk-plain-list kwk-details__links">
      {join.url && (
        <li>
          <SafeLink href={join.url}>{text.details.signUp}</SafeLink>
          <span class="kwk-print-only"> {join.url}</span>
        </li>
      )}
      {join.phone && (
        <li>
          {text.contact.phone}: <PhoneLink phone={join.phone} who={who} />
        </li>
      )}
      {join.email && (
        <li>
          {text.contact.email}: <MailLink email={join.email} who={who} />
        </li>
      )}
    </ul>
  );
}
