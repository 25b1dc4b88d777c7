/**
 * One huiskamer, written for a parent deciding whether to ask for a place: what a
 * huiskamer is (always, in plain words, and that it is not a BSO), days and hours,
 * ages, places a day, the waiting list and how long the wait is, then how to ask
 * for a place: whether a parent may ask, who else can, whom to call or mail (the
 * organisation first, the consented known faces second) and how the intake goes.
 */
import type { HuiskamerEntry } from '../../lib/query';
import { useFeedLang, useFormat, useText } from '../AppContext';
import { ContactList } from './ContactList';
import { Field } from './Field';
import { LastVerified } from './LastVerified';
import { OrganizationBlock, OrganizationLinks } from './OrganizationBlock';
import { PlaceBlock } from './PlaceBlock';
import { Schedule } from './Schedule';

export function HuiskamerDetails({ entry }: { entry: HuiskamerEntry }) {
  const text = useText();
  const feedLang = useFeedLang();
  const format = useFormat();
  const { huiskamer, location, organization } = entry;
  const waiting = huiskamer.waitingList;
  const parentsMayAsk = huiskamer.referrers.includes('parents');
  const others = format.list(huiskamer.referrers.filter((referrer) => referrer !== 'parents').map((referrer) => text.referrersInSentence[referrer]));

  return (
    <>
      <div class="kwk-notice kwk-details__what">
        <p class="kwk-notice__title">{text.huiskamer.whatTitle}</p>
        <p>{text.huiskamer.what}</p>
        <p class="kwk-details__strong">{text.huiskamer.notWalkIn}</p>
      </div>
      {huiskamer.description && (
        <p class="kwk-details__prose" lang={feedLang}>
          {huiskamer.description}
        </p>
      )}
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
              {waiting.count > 0 && waiting.expectedWeeks !== undefined && <> {text.huiskamer.waitingWeeks(waiting.expectedWeeks)}</>}
              <span class="kwk-details__counted-on">
                {' '}({text.huiskamer.waitingListCountedOn(format.date(waiting.countedOn, { withYear: true }))})
              </span>
            </dd>
          </div>
        )}
      </dl>
      <Field label={text.huiskamer.askTitle}>
        {parentsMayAsk ? (
          <>
            <p>{text.huiskamer.parentsCanAsk}</p>
            {others && <p>{text.huiskamer.othersCanAsk(others)}</p>}
          </>
        ) : (
          <p>{text.huiskamer.onlyVia(others)}</p>
        )}
        {parentsMayAsk && organization && (organization.phone || organization.email) && (
          <>
            <p>{text.huiskamer.whomToCall}</p>
            <OrganizationLinks organization={organization} />
          </>
        )}
      </Field>
      {huiskamer.intake && (
        <Field label={text.huiskamer.intake}>
          <p class="kwk-details__prose" lang={feedLang}>
            {huiskamer.intake}
          </p>
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
