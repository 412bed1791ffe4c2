import { ChartroomError } from '../../../contract/errors';

/**
 * Reads the official CMS ICD-10-CM code file (cms.gov, "ICD-10-CM code descriptions in tabular
 * order"), in either of its two layouts:
 *
 * - the codes file, `icd10cm-codes-YYYY.txt`: the code without its dot, spaces, the description;
 * - the order file, `icd10cm-order-YYYY.txt`: a 5-digit order number, the code padded to 7, a
 *   header flag (1 = a valid code for a claim, 0 = a category heading), the 60-character short
 *   description and the long one. Headings are skipped: only codes a problem can carry are kept.
 *
 * Any line that fits neither layout refuses the whole file, with its line number: a half-read code
 * set is worse than the starter set it would replace.
 */
const codesLine = /^([A-Z]\d[0-9A-Z]{1,5})\s+(\S.*)$/;
const orderLine = /^(\d{5}) ([A-Z]\d[0-9A-Z]{1,5})\s+([01]) (.{60}) (\S.*)$/;

/** The full code file holds about 74,000 codes; far fewer means the wrong file was picked. */
export const minimumCodeCount = 10_000;

const withDot = (compact: string): string =>
  compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;

export const parseCmsIcd10 = (text: string): { code: string; name: string }[] => {
  const codes: { code: string; name: string }[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === '') return;
    const order = orderLine.exec(line);
    const plain = order ? null : codesLine.exec(line);
    if (!order && !plain) {
      throw new ChartroomError(
        'BAD_REQUEST',
        `Line ${index + 1} is not an ICD-10-CM code line ("${line.slice(0, 40)}"). Pick the CMS file icd10cm-codes-YYYY.txt or icd10cm-order-YYYY.txt, unchanged. Nothing was imported.`,
      );
    }
    if (order && order[3] === '0') return;
    const compact = (order ? order[2] : plain?.[1]) ?? '';
    const name = ((order ? order[5] : plain?.[2]) ?? '').trim();
    const code = withDot(compact);
    if (seen.has(code)) {
      throw new ChartroomError(
        'BAD_REQUEST',
        `Line ${index + 1} repeats the code ${code}. The file is not a clean CMS code file; download it again. Nothing was imported.`,
      );
    }
    seen.add(code);
    codes.push({ code, name });
  });
  if (codes.length < minimumCodeCount) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `This file holds ${codes.length.toLocaleString('en-US')} codes; the full CMS ICD-10-CM code file holds about 74,000. Pick icd10cm-codes-YYYY.txt from the CMS download. Nothing was imported.`,
    );
  }
  return codes;
};
