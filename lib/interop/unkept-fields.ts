/**
 * Source fields the feed has no place for, said once per field: where it was
 * first met and on how many records, so nothing is dropped without a word and a
 * big source does not get a thousand identical warnings.
 *
 *   const unkept = new UnkeptFields('service', ['alternate_name', 'wait_time']);
 *   unkept.note(record, place);        // for every service read
 *   unkept.report(work);               // 'wait_time is not kept: ... (on 12 services; the first is here)'
 *
 * The importers use it through SourceWork: `work.notKept('service', fields, record, place)`.
 */
import type { JsonRecord } from './json-read';
import type { SourcePlace } from './source-work';

interface Reporter {
  report(place: SourcePlace, reason: string): void;
}

const hasValue = (value: unknown) =>
  value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

export class UnkeptFields {
  private readonly found = new Map<string, { place: SourcePlace; count: number }>();

  constructor(private readonly kind: string, private readonly fields: readonly string[]) {}

  note(record: JsonRecord, place: SourcePlace): void {
    for (const field of this.fields) {
      if (!Object.hasOwn(record, field) || !hasValue(record[field])) continue;
      const known = this.found.get(field);
      if (known) known.count++;
      else this.found.set(field, { place: { ...place, path: place.path ? `${place.path}.${field}` : field }, count: 1 });
    }
  }

  report(work: Reporter): void {
    for (const [field, { place, count }] of this.found) {
      const where = count > 1 ? ` (on ${count} ${this.kind}s; the first is here)` : '';
      work.report(place, `${field} is not kept: the feed has no field for it${where}. Put what matters of it in the activity's description`);
    }
  }
}
