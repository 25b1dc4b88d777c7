/**
 * What the feed may say about itself beyond the data: who publishes it and under
 * which licence. Folded away: gegevens.csv usually has it, and both have defaults.
 */
import type { Lang } from '../../../lib/i18n/language';
import { siteText } from '../../../lib/site/i18n';
import type { PublishForm } from '../../../lib/site/publish/publish-form';
import { Field } from './Field';

export function MoreFields({ lang, form, onChange }: { lang: Lang; form: PublishForm; onChange(patch: Partial<PublishForm>): void }) {
  const m = siteText(lang).publish;
  return (
    <details class="kwk-publish__more">
      <summary>{m.moreTitle}</summary>
      <Field id="kwk-publish-publisher" label={m.publisher} hint={m.publisherHint}>
        {(described) => (
          <input id="kwk-publish-publisher" class="kwk-publish__input" type="text" autoComplete="organization" value={form.publisher} {...described} onInput={(event) => onChange({ publisher: event.currentTarget.value })} />
        )}
      </Field>
      <Field id="kwk-publish-license" label={m.license} hint={m.licenseHint}>
        {(described) => (
          <input id="kwk-publish-license" class="kwk-publish__input kwk-publish__input--short" type="text" spellcheck={false} autoComplete="off" value={form.license} {...described} onInput={(event) => onChange({ license: event.currentTarget.value })} />
        )}
      </Field>
    </details>
  );
}
