/**
 * The feed builder (publish.html): the publisher's data and the municipality's
 * buurten in, a feed and its problem report out, with a preview in the real
 * widget and a Download button. Everything runs in the browser; only the PDOK
 * boundaries and an HSDS or OpenActive address are fetched, when asked for.
 *
 *   mountSitePage((lang) => <PublishPage lang={lang} startWorker={…} />);
 */
import type { Signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../../lib/i18n/language';
import { municipalityCodeFrom } from '../../../lib/interop/convert-settings';
import { siteText } from '../../../lib/site/i18n';
import type { PublishOutcome } from '../../../lib/site/publish/build-feed';
import { sortChosenFiles } from '../../../lib/site/publish/chosen-files';
import { fetchPdokBoundaries, PDOK_DEFAULT_YEAR } from '../../../lib/site/publish/pdok-boundaries';
import { publishRequest, type FormField, type PublishForm } from '../../../lib/site/publish/publish-form';
import { runBuild, type StartWorker } from '../../../lib/site/publish/run-build';
import { SiteLayout } from '../SiteLayout';
import { AreaFields, MUNICIPALITY_FIELD_ID, type PdokStatus } from './AreaFields';
import { MoreFields } from './MoreFields';
import { outcomeSummary, PublishReport } from './PublishReport';
import { ADDRESS_FIELD_ID, FILES_FIELD_ID, SourceFields } from './SourceFields';
import { TemplateDownloads } from './TemplateDownloads';

interface PublishPageProps {
  lang: Signal<Lang>;
  /** Another Wijk- en buurtkaart service than PDOK's (a test's stand-in). */
  pdokBase?: string;
  startWorker?: StartWorker;
}

const EMPTY_FORM: PublishForm = {
  mode: 'files',
  address: '',
  standard: 'hsds',
  municipalityCode: '',
  municipalityName: '',
  publisher: '',
  license: '',
  boundaries: {},
};

const FIELD_IDS: Record<FormField, string> = {
  files: FILES_FIELD_ID,
  address: ADDRESS_FIELD_ID,
  municipalityCode: MUNICIPALITY_FIELD_ID,
};

type Run = { phase: 'idle' | 'running' } | { phase: 'failed'; message: string } | { phase: 'done'; outcome: PublishOutcome };

/** After the field's error is rendered, so a screen reader reads it out with the field. */
const focusField = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

const readFiles = (files: File[]) =>
  Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));

export function PublishPage({ lang, pdokBase, startWorker }: PublishPageProps) {
  const m = siteText(lang.value).publish;
  const [form, setForm] = useState<PublishForm>(EMPTY_FORM);
  const [invalid, setInvalid] = useState<FormField>();
  const [pdokYear, setPdokYear] = useState(PDOK_DEFAULT_YEAR);
  const [pdok, setPdok] = useState<PdokStatus>({ phase: 'idle' });
  const [boundaryFileError, setBoundaryFileError] = useState<{ level: 'buurten' | 'wijken'; name: string }>();
  const [run, setRun] = useState<Run>({ phase: 'idle' });
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const change = (patch: Partial<PublishForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    // A message about a field goes once the publisher works on it.
    setInvalid(undefined);
    if (patch.municipalityCode !== undefined) setPdok((status) => (status.phase === 'needs-code' ? { phase: 'idle' } : status));
  };

  // After a build the focus goes to its result, so keyboard and screen reader users land on it.
  useEffect(() => {
    if (run.phase === 'done' || run.phase === 'failed') resultHeading.current?.focus();
  }, [run]);

  const chooseFiles = async (files: File[]) => change({ files: sortChosenFiles(await readFiles(files)) });

  const chooseBoundaryFile = async (level: 'buurten' | 'wijken', file: File) => {
    const chosen = sortChosenFiles(await readFiles([file]));
    const found = chosen.buurten ?? chosen.wijken;
    setBoundaryFileError(found ? undefined : { level, name: file.name });
    if (!found) return;
    // A file chosen here replaces boundaries fetched from PDOK, buurten and wijken alike. From the
    // form as it is now: another file may have been chosen while this one was read.
    setForm((current) => ({ ...current, boundaries: { ...(current.boundaries.pdok ? {} : current.boundaries), [level]: found } }));
    setPdok({ phase: 'idle' });
  };

  const fetchPdok = async () => {
    const code = municipalityCodeFrom(form.municipalityCode);
    if (!code) {
      // Empty: say what PDOK needs; typed but not a code: say how to write it.
      if (form.municipalityCode.trim()) setInvalid('municipalityCode');
      else setPdok({ phase: 'needs-code' });
      focusField(MUNICIPALITY_FIELD_ID);
      return;
    }
    setPdok({ phase: 'busy' });
    const fetched = await fetchPdokBoundaries(code, { year: pdokYear, base: pdokBase });
    if (!fetched.ok) {
      setPdok(fetched.reason === 'http' ? { phase: 'http', status: fetched.status ?? 0 } : fetched.reason === 'empty' ? { phase: 'empty', code, year: pdokYear } : { phase: fetched.reason });
      return;
    }
    change({
      boundaries: {
        buurten: { name: `PDOK ${fetched.year}`, json: fetched.buurten },
        wijken: { name: `PDOK ${fetched.year}`, json: fetched.wijken },
        pdok: { year: fetched.year, attribution: fetched.attribution },
      },
    });
    setPdok({ phase: 'done', buurten: fetched.buurtCount, wijken: fetched.wijkCount, year: fetched.year });
  };

  const build = async (event: Event) => {
    event.preventDefault();
    const checked = publishRequest(form);
    if (!checked.ok) {
      setInvalid(checked.field);
      focusField(FIELD_IDS[checked.field]);
      return;
    }
    setRun({ phase: 'running' });
    try {
      setRun({ phase: 'done', outcome: await runBuild(checked.request, startWorker) });
    } catch (error) {
      // Not a problem in the data (those are in the report): a fault of the builder itself.
      setRun({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const status =
    run.phase === 'running' ? m.building : run.phase === 'failed' ? m.buildFailed : run.phase === 'done' ? outcomeSummary(m, run.outcome) : '';

  return (
    <SiteLayout lang={lang} page="publish.html" title={m.title}>
      <h1>{m.title}</h1>
      <p class="kwk-site__intro">{m.intro}</p>
      <p class="kwk-publish__stays">{m.stays}</p>
      <div class="kwk-publish">
        <TemplateDownloads lang={lang.value} />
        <form class="kwk-publish__form" noValidate onSubmit={(event) => void build(event)}>
          <SourceFields lang={lang.value} form={form} invalid={invalid} onChange={change} onFiles={(files) => void chooseFiles(files)} />
          <AreaFields
            lang={lang.value}
            form={form}
            invalid={invalid}
            pdokYear={pdokYear}
            pdok={pdok}
            boundaryFileError={boundaryFileError}
            onChange={change}
            onPdokYear={setPdokYear}
            onFetchPdok={() => void fetchPdok()}
            onBoundaryFile={(level, file) => void chooseBoundaryFile(level, file)}
          />
          <MoreFields lang={lang.value} form={form} onChange={change} />
          <p>
            <button type="submit" class="kwk-button kwk-publish__build" disabled={run.phase === 'running'}>{m.build}</button>
          </p>
        </form>
      </div>
      <div class="kwk-publish__result">
        {run.phase !== 'idle' && run.phase !== 'running' && (
          <h2 id="kwk-result-title" ref={resultHeading} tabIndex={-1}>{m.resultTitle}</h2>
        )}
        <p class={`kwk-publish__summary${run.phase === 'failed' || (run.phase === 'done' && !run.outcome.feed) ? ' kwk-publish__summary--failed' : ''}`} role="status">
          {status}
        </p>
        {run.phase === 'failed' && <p class="kwk-publish__hint">{m.buildFailedDetail(run.message)}</p>}
        {run.phase === 'done' && <PublishReport outcome={run.outcome} lang={lang.value} />}
      </div>
    </SiteLayout>
  );
}
