/**
 * One activity in the list: name, when, where, ages, cost, how to join and,
 * when sorting by distance, how far. On paper it also shows the address and a
 * phone number, because a printed list has no details panel.
 */
import type { ActivityHit } from '../../lib/query';
import { useApp, useFormat, useText } from '../AppContext';
import { addressLine } from '../../lib/feed/address-line';
import { areaNames } from './area-name';
import { JoinBadge } from './JoinBadge';
import { OpenButton } from './OpenButton';
import { placeLine } from './place-line';
import { Heading } from '../ui/Heading';

export function ActivityItem({ hit }: { hit: ActivityHit }) {
  const app = useApp();
  const text = useText();
  const format = useFormat();
  const index = app.index.value;
  const { activity, location, organization } = hit;
  const where = location
    ? placeLine(activity.name, location, index)
    : text.list.visits(format.list(areaNames(index, hit.buurtCodes)));
  const phone = activity.join.phone ?? organization?.phone;

  return (
    <li class="kwk-item kwk-item--activity">
      <Heading depth={3} class="kwk-item__title">
        <OpenButton selection={{ kind: 'activity', id: activity.id }}>{activity.name}</OpenButton>
      </Heading>
      <p class="kwk-item__line">
        <span class="kwk-visually-hidden">{text.details.when}: </span>
        {format.schedule(activity.schedule)}
        {activity.dateRange && ` (${format.dateRange(activity.dateRange)})`}
      </p>
      <p class="kwk-item__line">
        <span class="kwk-visually-hidden">{text.details.where}: </span>
        {where}
      </p>
      <p class="kwk-item__tags">
        <JoinBadge method={activity.join.method} />
        {/* "Vol" in the list too, so nobody calls to sign up for a full activity. */}
        {activity.remainingPlaces !== undefined && (
          <span class={`kwk-item__tag${activity.remainingPlaces === 0 ? ' kwk-item__tag--full' : ''}`}>
            {text.details.placesLeft(activity.remainingPlaces)}
          </span>
        )}
        <span class="kwk-item__tag">{format.ageRange(activity.ageRange)}</span>
        <span class={`kwk-item__tag${activity.cost.free ? ' kwk-item__tag--free' : ''}`}>{format.cost(activity.cost)}</span>
        {hit.distance !== undefined && (
          <span class="kwk-item__tag kwk-item__distance">{text.details.distance(format.distance(hit.distance))}</span>
        )}
      </p>
      <p class="kwk-print-only">
        {[addressLine(location?.address), phone && `${text.contact.phone}: ${phone}`].filter(Boolean).join(' · ')}
      </p>
    </li>
  );
}
