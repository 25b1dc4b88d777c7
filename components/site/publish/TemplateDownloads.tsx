/**
 * The blank spreadsheet templates, to download from this site (templates/, copied
 * from public/templates by the site build). The list comes from the importer's own
 * file specs, so a new kind of file is offered as soon as the importer reads it.
 */
import { RECORD_KINDS } from '../../../lib/feed/schema';
import { CSV_FILES, META_FILE } from '../../../lib/interop/csv-columns';
import type { Lang } from '../../../lib/i18n/language';
import { siteText } from '../../../lib/site/i18n';

const TEMPLATES = [...RECORD_KINDS.map((kind) => CSV_FILES[kind].file), META_FILE.file];

export function TemplateDownloads({ lang }: { lang: Lang }) {
  const m = siteText(lang).publish;
  return (
    <section class="kwk-publish__templates" aria-labelledby="kwk-templates-title">
      <h2 id="kwk-templates-title">{m.templatesTitle}</h2>
      <p>{m.templatesIntro}</p>
      <ul class="kwk-publish__template-list">
        {TEMPLATES.map((file) => (
          <li key={file}>
            <a href={`templates/${file}`} download={file}>{file}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href="templates/README.md">{m.templatesHelp}</a>
      </p>
    </section>
  );
}
