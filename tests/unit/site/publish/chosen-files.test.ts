import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sortChosenFiles } from '../../../../lib/site/publish/chosen-files';

const file = (name: string, path = name) => ({ name, bytes: new Uint8Array(readFileSync(path)) });
const text = (name: string, content: string) => ({ name, bytes: new TextEncoder().encode(content) });

describe('sortChosenFiles', () => {
  it('sorts spreadsheets, buurten, wijken and a feed by what they hold', () => {
    const chosen = sortChosenFiles([
      file('activiteiten.csv', 'public/templates/activiteiten.csv'),
      file('grenzen.json', 'data/boundaries/almere-buurten.geojson'),
      file('wijken.geojson', 'data/boundaries/almere-wijken.geojson'),
      file('almere.json', 'public/feeds/almere.json'),
    ]);
    expect(chosen.spreadsheets.map((f) => f.name)).toEqual(['activiteiten.csv']);
    expect(chosen.buurten?.name).toBe('grenzen.json');
    expect(chosen.wijken?.name).toBe('wijken.geojson');
    expect(chosen.feed?.name).toBe('almere.json');
    expect(chosen.problems).toEqual([]);
  });

  it('recognises an HSDS document', () => {
    const chosen = sortChosenFiles([text('services.json', JSON.stringify({ total_items: 1, contents: [{ id: 's1', name: 'Knutselclub', status: 'active' }] }))]);
    expect(chosen.documents).toEqual([expect.objectContaining({ standard: 'hsds' })]);
  });

  it('says to save a workbook as CSV, and what a JSON file that fits nowhere is', () => {
    const chosen = sortChosenFiles([text('kinderwerk.xlsx', 'PK'), text('notes.json', '{"type":"Note"}'), text('kapot.json', '{')]);
    expect(chosen.problems.map((p) => [p.file, p.reason.slice(0, 40)])).toEqual([
      ['kinderwerk.xlsx', 'this is a workbook, not a CSV file; it w'],
      ['notes.json', 'Note that is not a kinderwerk feed, HSDS'],
      ['kapot.json', 'kapot.json is not valid JSON (line 1, co'],
    ]);
  });
});
