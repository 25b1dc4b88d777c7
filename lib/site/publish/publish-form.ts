/**
 * What the publisher filled in on the feed builder page, and the build request it
 * makes: the chosen files or address, the municipality, the boundaries (from a
 * file or from PDOK) and the optional publisher and licence. A field that is not
 * right is named, so the page can link its message to it.
 *
 *   const checked = publishRequest(form);
 *   if (!checked.ok) focus(checked.field); else runBuild(checked.request);
 */
import { municipalityCodeFrom } from '../../interop/convert-settings';
import type { SourceStandard } from '../../interop/fetch-source';
import type { PublishContext, PublishRequest, PublishSource } from './build-feed';
import type { BoundaryFile, ChosenFiles } from './chosen-files';

/** Boundaries in use, with where they came from (shown on the page). */
export interface Boundaries {
  buurten?: BoundaryFile;
  wijken?: BoundaryFile;
  /** Set when fetched from PDOK: the Wijk- en buurtkaart's year and credit line. */
  pdok?: { year: number; attribution: string };
}

export interface PublishForm {
  mode: 'files' | 'address';
  files?: ChosenFiles;
  address: string;
  standard: SourceStandard;
  municipalityCode: string;
  municipalityName: string;
  publisher: string;
  license: string;
  boundaries: Boundaries;
}

export type FormField = 'files' | 'address' | 'municipalityCode';

export type CheckedForm = { ok: true; request: PublishRequest } | { ok: false; field: FormField };

const isWebAddress = (text: string) => /^https?:\/\/[^\s/]+/i.test(text);

/** The boundaries chosen with the data files count when none were chosen on their own. */
function boundariesOf(form: PublishForm): Boundaries {
  const chosen = form.boundaries;
  if (chosen.buurten) return chosen;
  return { buurten: form.files?.buurten, wijken: chosen.wijken ?? form.files?.wijken };
}

function sourceOf(form: PublishForm): PublishSource | undefined {
  if (form.mode === 'address') return { kind: 'address', standard: form.standard, url: form.address.trim() };
  const files = form.files;
  if (!files) return undefined;
  if (files.spreadsheets.length > 0) return { kind: 'spreadsheets', files: files.spreadsheets };
  const standard = files.documents[0]?.standard;
  if (standard) return { kind: 'documents', standard, documents: files.documents.filter((d) => d.standard === standard).map((d) => d.document) };
  return files.feed ? { kind: 'feed', ...files.feed } : undefined;
}

export function publishRequest(form: PublishForm): CheckedForm {
  if (form.mode === 'address' && !isWebAddress(form.address.trim())) return { ok: false, field: 'address' };
  const typedCode = form.municipalityCode.trim();
  const code = municipalityCodeFrom(typedCode);
  if (typedCode && !code) return { ok: false, field: 'municipalityCode' };
  const source = sourceOf(form);
  const unreadable = form.mode === 'files' ? (form.files?.problems ?? []) : [];
  if (!source && unreadable.length === 0) return { ok: false, field: form.mode === 'files' ? 'files' : 'address' };
  const { buurten, wijken, pdok } = boundariesOf(form);
  const text = (value: string) => value.trim() || undefined;
  const context: PublishContext = {
    municipality: { code, name: text(form.municipalityName) },
    ...(buurten ? { buurten: buurten.json, buurtenFile: buurten.name } : {}),
    ...(wijken ? { wijken: wijken.json, wijkenFile: wijken.name } : {}),
    publisher: { name: text(form.publisher) },
    license: text(form.license),
    ...(pdok ? { boundaryAttribution: pdok.attribution } : {}),
  };
  // Files that could not be read are reported even when nothing else was chosen.
  return { ok: true, request: { source: source ?? { kind: 'spreadsheets', files: [] }, context, problems: unreadable } };
}
