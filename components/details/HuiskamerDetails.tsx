/**
 * One huiskamer: days and hours, ages, places a day, enrolled, the waiting list
 * with the date it was counted, who can refer and how the intake goes. It says
 * plainly that this is not a drop-in: a child comes through a referral.
 */
import type { HuiskamerEntry } from '../../lib/query';
import { useFeedLang, useFormat, useText } from '../AppContext';
import { ContactList } from './ContactList';
import { Field } from './Field';
import { LastVerified } from './LastVerified';
import { OrganizationBlock } from './OrganizationBlock';
import { PlaceBlock } from './PlaceBlock';
import { Schedule } from './Schedule';

export function HuiskamerDetails({ entry }: { entry: HuiskamerEntry }) {
  const text = useText();
  const feedLang = useFeedLang();
  const format = useFormat();
  const { huiskamer, location, organization } = entry;
  const waiting = huiskamer.waitingList;

  return (
    <>
      <p class="kwk-notice kwk-notice--warning kwk-details__referral">
        <strong>{text.details.notWalkIn}</strong>
      </p>
      <p class="kwk-details__prose" lang={huiskamer.description ? feedLang : undefined}>{huiskamer.description ?? text.huiskamer.what}</p>
      <Field label={text.details.when}>
        <Schedule schedule={huiskamer.schedule} />
      </Field>
      <PlaceBlock location={location} />
      <Field label={text.details.forWhom}>
        <p>{format.ageRange(huiskamer.ageRange)}</p>
      </Field>
      <dl class="kwk-details__figures">
        <div>
          <dt>{text.huiskamer.placesPerDay}</dt>
          <dd>{format.number(huiskamer.placesPerDay)}</dd>
        </div>
        {huiskamer.enrolled !== undefined && (
          <div>
            <dt>{text.huiskamer.enrolled}</dt>
            <dd>{format.number(huiskamer.enrolled)}</dd>
          </div>
        )}
        {waiting && (
          <div>
            <dt>{text.huiskamer.waitingList}</dt>
            <dd>
              {waiting.count === 0 ? text.huiskamer.noWaitingList : text.huiskamer.waitingListCount(waiting.count)}
              <span class="kwk-details__counted-on">
                {' '}({text.huiskamer.waitingListCountedOn(format.date(waiting.countedOn, { withYear: true }))})
              </span>
            </dd>
          </div>
        )}
      </dl>
      <Field label={text.huiskamer.whoRefers}>
        <p>{format.list(huiskamer.referrers.map((referrer) => text.referrers[referrer]))}</p>
      </Field>
      {huiskamer.intake && (
        <Field label={text.huiskamer.intake}>
          <p class="kwk-details__prose" lang={feedLang}>{huiskamer.intake}</p>
        </Field>
      )}
      {huiskamer.goals && huiskamer.goals.length > 0 && (
        <Field label={text.huiskamer.goals}>
          <ul class="kwk-bullets" lang={feedLang}>
            {huiskamer.goals.map((goal, i) => (
              <li key={i}>{goal}</li>
            ))}
          </ul>
        </Field>
      )}
      {huiskamer.cost && (
        <Field label={text.details.cost}>
          <p>{format.cost(huiskamer.cost)}</p>
        </Field>
      )}
      <ContactList ids={huiskamer.contactIds} />
      <OrganizationBlock organization={organization} />
      <LastVerified date={huiskamer.lastVerified} />
    </>
  );
}
