/**
 * Everything about one activity a parent needs to go: when, where, for which
 * ages, what it costs, how to join, who to ask, who runs it and how fresh the
 * information is.
 */
import type { ActivityEntry } from '../../lib/query';
import { nextOccurrence } from '../../lib/query';
import { useApp, useFeedLang, useFormat, useText } from '../AppContext';
import { SafeLink } from '../ui/SafeLink';
import { ContactList } from './ContactList';
import { Field } from './Field';
import { JoinBlock } from './JoinBlock';
import { languageNames } from './language-names';
import { LastVerified } from './LastVerified';
import { OrganizationBlock } from './OrganizationBlock';
import { PlaceBlock } from './PlaceBlock';
import { Schedule } from './Schedule';

export function ActivityDetails({ entry }: { entry: ActivityEntry }) {
  const app = useApp();
  const text = useText();
  const feedLang = useFeedLang();
  const format = useFormat();
  const { activity, location, organization } = entry;
  const next = nextOccurrence(activity, app.now.value);

  return (
    <>
      <p class="kwk-details__kind">
        {text.categories[activity.category]} · {text.programmes[activity.programme]}
      </p>
      {activity.description && <p class="kwk-details__prose" lang={feedLang}>{activity.description}</p>}
      <Field label={text.details.when}>
        <Schedule schedule={activity.schedule} dateRange={activity.dateRange} />
        {next && <p>{text.details.nextTime(format.dateTime(next.start))}</p>}
      </Field>
      <PlaceBlock location={location} visits={location ? [] : entry.buurtCodes} />
      <Field label={text.details.forWhom}>
        <p>{format.ageRange(activity.ageRange)}</p>
      </Field>
      <Field label={text.details.cost}>
        <p>{format.cost(activity.cost)}</p>
      </Field>
      <JoinBlock join={activity.join} who={organization?.name ?? activity.name} remainingPlaces={activity.remainingPlaces} />
      {activity.languages && activity.languages.length > 0 && (
        <Field label={text.details.languages}>
          <p>{format.list(languageNames(activity.languages, app.lang.value))}</p>
        </Field>
      )}
      <ContactList ids={activity.contactIds} />
      <OrganizationBlock organization={organization} />
      {activity.url && (
        <p>
          <SafeLink href={activity.url}>{text.details.moreInfo}</SafeLink>
        </p>
      )}
      <LastVerified date={activity.lastVerified} />
    </>
  );
}
