/**
 * Step 1 of the feed builder: where the data is. Files on the publisher's computer
 * (CSV spreadsheets, an existing feed.json, HSDS or OpenActive JSON, boundaries
 * among them), or the address of a sociale-kaart system that the page fetches.
 */
import type { SourceStandard } from '../../../lib/interop/fetch-source';
import type { Lang } from '../../../lib/i18n/language';
import { siteText } from '../../../lib/site/i18n';
import type { PublishMessages } from '../../../lib/site/i18n/publish-nl';
import type { ChosenFiles } from '../../../lib/site/publish/chosen-files';
import type { FormField, PublishForm } from '../../../lib/site/publish/publish-form';
import { chosenList } from './chosen-list';
import { Field } from './Field';
import { FileDrop } from './FileDrop';

interface SourceFieldsProps {
  lang: Lang;
  form: PublishForm;
  invalid?: FormField;
  onChange(patch: Partial<PublishForm>): void;
  onFiles(files: File[]): void;
}

export const FILES_FIELD_ID = 'kwk-publish-files';
export const ADDRESS_FIELD_ID = 'kwk-publish-address';

export function SourceFields({ lang, form, invalid, onChange, onFiles }: SourceFieldsProps) {
  const m = siteText(lang).publish;
  const mode = (value: PublishForm['mode'], label: string, hint: string) => (
    <div class="kwk-publish__choice">
      <input id={`kwk-publish-mode-${value}`} type="radio" name="kwk-publish-mode" value={value} checked={form.mode === value} onChange={() => onChange({ mode: value })} aria-describedby={`kwk-publish-mode-${value}-hint`} />
      <label for={`kwk-publish-mode-${value}`}>{label}</label>
      <p id={`kwk-publish-mode-${value}-hint`} class="kwk-publish__hint">{hint}</p>
    </div>
  );
  return (
    <section class="kwk-publish__step" aria-labelledby="kwk-source-title">
      <h2 id="kwk-source-title">{m.sourceTitle}</h2>
      <fieldset class="kwk-publish__fieldset">
        <legend>{m.sourceLegend}</legend>
        {mode('files', m.sourceFiles, m.sourceFilesHint)}
        {mode('address', m.sourceAddress, m.sourceAddressHint)}
      </fieldset>
      {form.mode === 'files' ? (
        <>
          <FileDrop
            id={FILES_FIELD_ID}
            label={m.files}
            hint={<>{m.filesHint} {m.xlsx}</>}
            dropHint={m.dropHere}
            error={invalid === 'files' ? m.noFiles : undefined}
            accept=".csv,.txt,.json,.geojson,.xlsx,.xls,.ods"
            multiple
            onFiles={onFiles}
          />
          {form.files && <ChosenFileList files={form.files} lang={lang} m={m} />}
        </>
      ) : (
        <>
          <Field id={ADDRESS_FIELD_ID} label={m.address} hint={m.addressHint} error={invalid === 'address' ? m.addressInvalid : undefined}>
            {(described) => (
              <input id={ADDRESS_FIELD_ID} class="kwk-publish__input" type="url" inputMode="url" spellcheck={false} autoComplete="url" value={form.address} {...described} onInput={(event) => onChange({ address: event.currentTarget.value })} />
            )}
          </Field>
          <Field id="kwk-publish-standard" label={m.standard}>
            {(described) => (
              <select id="kwk-publish-standard" class="kwk-publish__input" value={form.standard} {...described} onChange={(event) => onChange({ standard: event.currentTarget.value as SourceStandard })}>
                <option value="hsds">{m.standardHsds}</option>
                <option value="openactive">{m.standardOpenActive}</option>
              </select>
            )}
          </Field>
          <p class="kwk-publish__hint">{m.cors}</p>
        </>
      )}
    </section>
  );
}

function ChosenFileList({ files, lang, m }: { files: ChosenFiles; lang: Lang; m: PublishMessages }) {
  const list = chosenList(files, lang);
  if (list.length === 0) return null;
  return (
    <div class="kwk-publish__chosen">
      <p id="kwk-publish-chosen">{m.chosen(list.length)}</p>
      <ul aria-labelledby="kwk-publish-chosen">
        {list.map(({ name, kind }, i) => (
          <li key={`${name}-${i}`}>
            <span class="kwk-publish__file-name">{name}</span> <span class="kwk-publish__file-kind">({kind})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
