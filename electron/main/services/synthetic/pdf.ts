/**
 * A one-page PDF of text lines, made in memory: what a scanned letter or an outside report looks
 * like to the document store (PDF 32000-1: header, objects, cross-reference table, trailer). A few
 * kilobytes; Helvetica with WinAnsiEncoding, so Latin-1 accents print and anything beyond is folded.
 */
const latin1 = (text: string): string =>
  [...text]
    .map((char) => (char.charCodeAt(0) <= 0xff ? char : char.normalize('NFKD').replace(/[^\x20-\x7e]/g, '') || '?'))
    .join('');

/** A PDF string literal of the text, escaped, in the encoding the font reads. */
export const pdfString = (text: string): string => `(${latin1(text).replace(/[\\()]/g, (char) => `\\${char}`)})`;

export const textPdf = (title: string, lines: readonly string[]): Buffer => {
  const body = [
    'BT',
    '/F1 15 Tf',
    '72 740 Td',
    `${pdfString(title)} Tj`,
    '/F1 10 Tf',
    '14 TL',
    '0 -10 Td',
    ...lines.map((line) => `T* ${pdfString(line)} Tj`),
    'ET',
  ].join('\n');
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`,
  ]);
};

/** A PDF file of numbered objects (1, 2, ...), object 1 the catalog: header, objects, cross-reference table, trailer. */
export const pdfFile = (objects: readonly string[]): Buffer => {
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
};
