/**
 * Step 2 of the feed builder: the municipality and its buurt boundaries, fetched
 * from the CBS Wijk- en buurtkaart on PDOK by municipality code, or chosen as a
 * GeoJSON file. Says which boundaries are in use and the credit line the feed gets.
 */
import type { Lang } from '../../../lib/i18n/language';
import { siteText } from '../../../lib/site/i18n';
import type { PublishMessages } from '../../../lib/site/i18n/publish-nl';
import { PDOK_YEARS } from '../../../lib/site/publish/pdok-boundaries';
import type { Boundaries, FormField, PublishForm } from '../../../lib/site/publish/publish-form';
import { Field } from './Field';
import { FileDrop } from './FileDrop';

/** How the last PDOK request went, for the line under its button. */
export type PdokStatus =
  | { phase: 'idle' | 'busy' | 'needs-code' | 'network' | 'not-json' }
  | { phase: 'http'; status: number }
  | { phase: 'empty'; code: string; year: number }
  | { phase: 'done'; buurten: number; wijken: number; year: number };

interface AreaFieldsProps {
  lang: Lang;
  form: PublishForm;
  invalid?: FormField;
  pdokYear: number;
  pdok: PdokStatus;
  /** A chosen boundary file that holds no boundaries. */
  boundaryFileError?: { level: 'buurten' | 'wijken'; name: string };
  onChange(patch: Partial<PublishForm>): void;
  onPdokYear(year: number): void;
  onFetchPdok(): void;
  onBoundaryFile(level: 'buurten' | 'wijken', file: File): void;
}

export const MUNICIPALITY_FIELD_ID = 'kwk-publish-municipality';
const PDOK_STATUS_ID = 'kwk-publish-pdok-status';

function pdokMessage(m: PublishMessages, status: PdokStatus): string {
  switch (status.phase) {
    case 'idle':
    case 'needs-code':
      // Said at the municipality code field, where the focus goes.
      return '';
    case 'busy':
      return m.pdokBusy;
    case 'network':
      return m.pdokOffline;
    case 'not-json':
      return m.pdokNotJson;
    case 'http':
      return m.pdokHttp(status.status);
    case 'empty':
      return m.pdokEmpty(status.code, status.year);
    case 'done':
      return m.pdokDone(status.buurten, status.wijken, status.year);
  }
}

function boundariesInUse(m: PublishMessages, boundaries: Boundaries, form: PublishForm): string {
  if (boundaries.pdok) return m.boundariesFrom(m.boundariesPdok(boundaries.pdok.year));
  const file = boundaries.buurten ?? form.files?.buurten;
  return file ? m.boundariesFrom(file.name) : m.boundariesNone;
}

export function AreaFields(props: AreaFieldsProps) {
  const { form, invalid, pdok, boundaryFileError } = props;
  const m = siteText(props.lang).publish;
  const pdokFailed = !['idle', 'busy', 'done', 'needs-code'].includes(pdok.phase);
  const fileError = (level: 'buurten' | 'wijken') =>
    boundaryFileError?.level === level ? m.boundaryFileUnreadable(boundaryFileError.name) : undefined;
  return (
    <section class="kwk-publish__step" aria-labelledby="kwk-area-title">
      <h2 id="kwk-area-title">{m.areaTitle}</h2>
      <p>{m.areaIntro}</p>
      <div class="kwk-publish__row">
        <Field
          id={MUNICIPALITY_FIELD_ID}
          label={m.municipalityCode}
          hint={m.municipalityCodeHint}
          error={invalid === 'municipalityCode' ? m.municipalityCodeInvalid : pdok.phase === 'needs-code' ? m.pdokNeedsCode : undefined}
        >
          {(described) => (
            <input id={MUNICIPALITY_FIELD_ID} class="kwk-publish__input kwk-publish__input--short" type="text" spellcheck={false} autoComplete="off" value={form.municipalityCode} {...described} onInput={(event) => props.onChange({ municipalityCode: event.currentTarget.value })} />
          )}
        </Field>
        <Field id="kwk-publish-municipality-name" label={m.municipalityName} hint={m.municipalityNameHint}>
          {(described) => (
            <input id="kwk-publish-municipality-name" class="kwk-publish__input" type="text" autoComplete="off" value={form.municipalityName} {...described} onInput={(event) => props.onChange({ municipalityName: event.currentTarget.value })} />
          )}
        </Field>
      </div>
      <fieldset class="kwk-publish__fieldset">
        <legend>{m.boundaries}</legend>
        <p>{m.pdokIntro}</p>
        <div class="kwk-publish__row kwk-publish__row--end">
          <Field id="kwk-publish-pdok-year" label={m.pdokYear} hint={m.pdokYearHint}>
            {(described) => (
              <select id="kwk-publish-pdok-year" class="kwk-publish__input kwk-publish__input--short" value={props.pdokYear} {...described} onChange={(event) => props.onPdokYear(Number(event.currentTarget.value))}>
                {PDOK_YEARS.map((year) => (
                  <option key={year} value={year}>{year}</option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" class="kwk-button kwk-button--secondary" aria-describedby={PDOK_STATUS_ID} disabled={pdok.phase === 'busy'} onClick={props.onFetchPdok}>
            {m.pdokFetch}
          </button>
        </div>
        <p id={PDOK_STATUS_ID} class={pdokFailed ? 'kwk-publish__error' : 'kwk-publish__hint'} role="status">
          {pdokMessage(m, pdok)}
        </p>
        <FileDrop id="kwk-publish-buurten" label={m.boundaryFile} hint={m.boundaryFileHint} error={fileError('buurten')} accept=".geojson,.json" onFiles={([file]) => props.onBoundaryFile('buurten', file)} />
        <FileDrop id="kwk-publish-wijken" label={m.wijkFile} error={fileError('wijken')} accept=".geojson,.json" onFiles={([file]) => props.onBoundaryFile('wijken', file)} />
        <p class="kwk-publish__in-use">
          <strong>{boundariesInUse(m, form.boundaries, form)}</strong>
          {form.boundaries.pdok && <> {m.attribution(form.boundaries.pdok.attribution)}</>}
        </p>
      </fieldset>
    </section>
  );
}
