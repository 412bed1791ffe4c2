/**
 * Legacy systems write CSV as UTF-8 (often with a byte-order mark from Excel) or as Windows-1252.
 * Strict UTF-8 decoding refuses the lone high bytes Windows-1252 uses for "ñ" or "é", so a failed
 * strict decode is the signal to read the file as Windows-1252 instead: "Muñoz" survives either way.
 */
export type CsvEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'Latin-1 (Windows-1252)';

const byteOrderMark = [0xef, 0xbb, 0xbf] as const;

export const decodeCsvBytes = (bytes: Uint8Array): { text: string; encoding: CsvEncoding } => {
  const hasBom = bytes[0] === byteOrderMark[0] && bytes[1] === byteOrderMark[1] && bytes[2] === byteOrderMark[2];
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    // ignoreBOM keeps the decoder from eating a BOM we have already removed (or a second one).
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: hasBom ? 'UTF-8 with BOM' : 'UTF-8' };
  } catch {
    // windows-1252 is a superset of Latin-1's printable range: every byte decodes to something.
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'Latin-1 (Windows-1252)' };
  }
};
