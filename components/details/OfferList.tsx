/** A short list of activities and huiskamers (at a place, of an organisation), each opening its own details. */
import type { ActivityEntry, HuiskamerEntry } from '../../lib/query';
import { useText } from '../AppContext';
import { Field } from './Field';
import { SelectButton } from './SelectButton';

export function OfferList({ label, activities, huiskamers }: {
  label: string;
  activities: readonly ActivityEntry[];
  huiskamers: readonly HuiskamerEntry[];
}) {
  const text = useText();
  if (activities.length === 0 && huiskamers.length === 0) return null;
  return (
    <Field label={label}>
      <ul class="kwk-plain-list kwk-offer-list">
        {huiskamers.map(({ huiskamer }) => (
          <li key={huiskamer.id}>
            <SelectButton selection={{ kind: 'huiskamer', id: huiskamer.id }}>{huiskamer.name}</SelectButton>
            <span class="kwk-offer-list__kind"> ({text.details.kinds.huiskamer})</span>
          </li>
        ))}
        {activities.map(({ activity }) => (
          <li key={activity.id}>
            <SelectButton selection={{ kind: 'activity', id: activity.id }}>{activity.name}</SelectButton>
            <span class="kwk-offer-list__kind"> ({text.categories[activity.category]})</span>
          </li>
        ))}
      </ul>
    </Field>
  );
}
