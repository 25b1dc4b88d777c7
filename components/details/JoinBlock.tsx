/**
 * "Zo doe je mee": walk in, sign up or referral, the publisher's instructions,
 * and the sign-up link, phone and e-mail when given.
 */
import type { HowToJoin } from '../../lib/feed/schema';
import { useFeedLang, useText } from '../AppContext';
import { Field } from './Field';
import { ReachLinks } from './ReachLinks';

export function JoinBlock({ join, who, remainingPlaces }: { join: HowToJoin; who: string; remainingPlaces?: number }) {
  const text = useText();
  const feedLang = useFeedLang();
  return (
    <Field label={text.details.howToJoin}>
      <p class="kwk-details__strong">{text.join[join.method]}</p>
      {remainingPlaces !== undefined && <p>{text.details.placesLeft(remainingPlaces)}</p>}
      {join.instructions && <p class="kwk-details__prose" lang={feedLang}>{join.instructions}</p>}
      <ReachLinks url={join.url} urlLabel={text.details.signUp} phone={join.phone} email={join.email} who={who} />
    </Field>
  );
}
