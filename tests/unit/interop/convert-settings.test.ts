import { describe, expect, it } from 'vitest';
import { municipalityCodeFrom } from '../../../lib/interop/convert-settings';
import { buildFrame } from '../../../lib/interop/import-context';

describe('municipalityCodeFrom', () => {
  it('reads a CBS municipality code as people type it', () => {
    expect(municipalityCodeFrom('GM0034')).toBe('GM0034');
    expect(municipalityCodeFrom(' gm0034 ')).toBe('GM0034');
    expect(municipalityCodeFrom('0034')).toBe('GM0034');
  });

  it('refuses anything else', () => {
    for (const text of ['', 'Almere', '34', 'GM00345', 'WK003402', 'GM003A']) expect(municipalityCodeFrom(text)).toBeUndefined();
  });

  it('is how the importers read the code too', () => {
    const frame = (code: string) => buildFrame({ municipality: { code, name: 'Almere' } });
    expect(frame('0034').problems.map((p) => p.reason)).not.toContainEqual(expect.stringContaining('is not a CBS code'));
    expect(frame('Almere').problems.map((p) => p.reason)).toContainEqual(expect.stringContaining('municipality code "Almere" is not a CBS code'));
  });
});
