/**
 * What the offer is for and whom kinderwerk works with: per aim, how many activities and
 * huiskamers serve it; per partner type, how many work with one and in which wijken. A
 * city has dozens of wijken: beyond a handful a partner type says in how many, not which.
 */
import { AIMS, PARTNER_TYPES, type Insight } from '../../lib/insight/types';
import { useFormat, useText } from '../AppContext';
import { Heading } from '../ui/Heading';

/** Wijken named one by one up to this many; more read as "in 37 van de 50 wijken". */
const WIJKEN_NAMED = 5;

export function AimsAndPartners({ insight }: { insight: Insight }) {
  const text = useText();
  const format = useFormat();
  const { gemeente, wijken } = insight;
  const offers = gemeente.activities + gemeente.huiskamers;
  const partners = PARTNER_TYPES.filter((type) => gemeente.partnerTypes[type] > 0);
  const wijkenWith = (type: (typeof PARTNER_TYPES)[number]) => {
    const names = wijken.filter((wijk) => wijk.partnerTypes[type] > 0).map((wijk) => wijk.name);
    if (names.length === 0) return '';
    if (names.length === wijken.length && names.length > 1) return text.insight.partnerWijkenAll;
    if (names.length > WIJKEN_NAMED) return text.insight.partnerWijkenCounted(format.number(names.length), format.number(wijken.length));
    return text.insight.partnerWijkenNamed(format.list(names));
  };

  return (
    <>
      <section class="kwk-insight-section" aria-labelledby="kwk-insight-aims">
        <Heading depth={2} id="kwk-insight-aims">{text.insight.aimsTitle}</Heading>
        <p>{text.insight.aimsIntro}</p>
        <ul class="kwk-insight-section__list">
          {AIMS.map((aim) => (
            <li key={aim}>{text.insight.aimLine(text.insight.aims[aim], format.number(gemeente.aims[aim]), format.number(offers))}</li>
          ))}
        </ul>
      </section>
      <section class="kwk-insight-section" aria-labelledby="kwk-insight-partners">
        <Heading depth={2} id="kwk-insight-partners">{text.insight.partnersTitle}</Heading>
        {partners.length === 0 ? (
          <p>{text.insight.partnersNone}</p>
        ) : (
          <>
            <p>{text.insight.partnersIntro}</p>
            <ul class="kwk-insight-section__list">
              {partners.map((type) => (
                <li key={type}>{text.insight.partnerLine(text.insight.partnerTypes[type], format.number(gemeente.partnerTypes[type]), wijkenWith(type))}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
