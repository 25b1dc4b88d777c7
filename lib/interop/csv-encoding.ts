/**
 * The text of a CSV file as Excel may have saved it: UTF-8 with or without BOM
 * ("CSV UTF-8"), UTF-16 with BOM ("Unicode text"), or Windows-1252 (plain "CSV"
 * on a Dutch Windows, where € is byte 0x80). Anything else is refused with a
 * reason, rather than read as text full of "�".
 *
 *   decodeCsvBytes(readFileSync('activiteiten.csv'));
 *   // { ok: true, text: 'naam;kosten\r\nKnutselclub;€ 1,50\r\n', encoding: 'Windows-1252' }
 */

export type DecodedCsv = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Windows-1252's characters for the bytes 0x80 to 0x9F (where it differs from Latin-1); 0 where it has none. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Node's TextDecoder reads "windows-1252" as Latin-1 (no €), so the 32 bytes that differ are mapped here. */
function decodeWindows1252(bytes: Uint8Array): string | undefined {
  const chars: string[] = [];
  for (const byte of bytes) {
    const code = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : byte;
    // Bytes Windows-1252 leaves undefined, and control characters no spreadsheet writes: not this encoding.
    if (code === 0 || (code < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)) return undefined;
    chars.push(String.fromCharCode(code));
  }
  return chars.join('');
}

/** No control characters but tab and line ends, no replacement characters: text a spreadsheet wrote. */
function looksLikeText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) return false;
  }
  return true;
}

const REFUSED: DecodedCsv = {
  ok: false,
  reason: 'this file is not text in UTF-8, UTF-16 or Windows-1252 (or holds a binary file such as .xlsx); it was not read. In Excel choose "Save as" → "CSV UTF-8 (comma delimited)"',
};

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes.includes(0)) {
    // UTF-16 without BOM: every other byte of Latin text is 0. No other text encoding has 0 bytes.
    let oddZeros = 0;
    let evenZeros = 0;
    bytes.forEach((byte, i) => {
      if (byte !== 0) return;
      if (i % 2 === 1) oddZeros++;
      else evenZeros++;
    });
    const half = bytes.length / 2;
    const label = oddZeros >= half * 0.5 ? 'utf-16le' : evenZeros >= half * 0.5 ? 'utf-16be' : undefined;
    const text = label ? new TextDecoder(label).decode(bytes) : undefined;
    return text !== undefined && looksLikeText(text) ? { ok: true, text, encoding: 'UTF-16' } : REFUSED;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: Excel's plain "CSV" on Windows is Windows-1252.
  }
  const text = decodeWindows1252(bytes);
  return text !== undefined ? { ok: true, text, encoding: 'Windows-1252' } : REFUSED;
}
