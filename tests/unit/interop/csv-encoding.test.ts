import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../lib/interop/csv-encoding';

const text = 'naam;kosten;omschrijving\r\nCrèche-café;€ 1,50;„Knutselen” – gezellig\r\n';
const utf16le = (value: string) => Uint8Array.from(Buffer.from(value, 'utf16le'));

describe('decodeCsvBytes: the encodings Excel saves CSV in', () => {
  it.each([
    ['UTF-8 with BOM ("CSV UTF-8")', Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'utf8')]), 'UTF-8'],
    ['UTF-8 without BOM', Uint8Array.from(Buffer.from(text, 'utf8')), 'UTF-8'],
    ['UTF-16 with BOM ("Unicode text")', Uint8Array.from([0xff, 0xfe, ...utf16le(text)]), 'UTF-16'],
    ['UTF-16 without BOM', utf16le(text), 'UTF-16'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding });
  });

  it('reads Windows-1252 ("CSV" on a Dutch Windows) with € and curly quotes, not as "�"', () => {
    // è é are Latin-1; € „ ” – are the bytes 0x80, 0x84, 0x94, 0x96 that only Windows-1252 has.
    const bytes = Uint8Array.from([...Buffer.from('naam;kosten;omschrijving\r\nCr', 'latin1'), 0xe8, ...Buffer.from('che-caf', 'latin1'), 0xe9,
      ...Buffer.from(';', 'latin1'), 0x80, ...Buffer.from(' 1,50;', 'latin1'), 0x84, ...Buffer.from('Knutselen', 'latin1'), 0x94, 0x20, 0x96,
      ...Buffer.from(' gezellig\r\n', 'latin1')]);
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text, encoding: 'Windows-1252' });
  });

  it('refuses a binary file (an .xlsx renamed to .csv) with what to do', () => {
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0x81, 0x8d, 0x02]);
    expect(decodeCsvBytes(xlsx)).toEqual({ ok: false, reason: expect.stringContaining('CSV UTF-8') });
  });
});
