/**
 * One huiskamer in the list. Its badge always says "Verwijzing": a huiskamer is
 * reached by referral only, never by walking in.
 */
import type { HuiskamerHit } from '../../lib/query';
import { useApp, useFormat, useText } from '../AppContext';
import { addressLine } from '../../lib/feed/address-line';
import { JoinBadge } from './JoinBadge';
import { OpenButton } from './OpenButton';
import { placeLine } from './place-line';
import { Heading } from '../ui/Heading';

export function HuiskamerItem({ hit }: { hit: HuiskamerHit }) {
  const app = useApp();
  const text = useText();
  const format = useFormat();
  const { huiskamer, location, organization } = hit;
  const where = placeLine(huiskamer.name, location, app.index.value);

  return (
    <li class="kwk-item kwk-item--huiskamer">
      <Heading depth={3} class="kwk-item__title">
        <OpenButton selection={{ kind: 'huiskamer', id: huiskamer.id }}>{huiskamer.name}</OpenButton>
      </Heading>
      <p class="kwk-item__line">
        <span class="kwk-visually-hidden">{text.details.when}: </span>
        {format.schedule(huiskamer.schedule)}
      </p>
      {where && (
        <p class="kwk-item__line">
          <span class="kwk-visually-hidden">{text.details.where}: </span>
          {where}
        </p>
      )}
      <p class="kwk-item__tags">
        <JoinBadge method="referral" />
        <span class="kwk-item__tag">{format.ageRange(huiskamer.ageRange)}</span>
        <span class="kwk-item__tag">
          {text.huiskamer.placesPerDay}: {format.number(huiskamer.placesPerDay)}
        </span>
        {huiskamer.waitingList && (
          <span class="kwk-item__tag">
            {text.huiskamer.waitingList}: {format.number(huiskamer.waitingList.count)}
          </span>
        )}
        {hit.distance !== undefined && (
          <span class="kwk-item__tag kwk-item__distance">{text.details.distance(format.distance(hit.distance))}</span>
        )}
      </p>
      <p class="kwk-print-only">
        {[addressLine(location?.address), organization?.phone && `${text.contact.phone}: ${organization.phone}`]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}
