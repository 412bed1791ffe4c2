/**
 * How many pages a PDF from Chromium has: the page tree root's /Count. Chromium (Skia) writes the
 * page tree uncompressed; a PDF without a readable count is reported, not guessed.
 */
export const pdfPageCount = (pdf: Buffer): number => {
  const text = pdf.toString('latin1');
  let total = 0;
  for (const match of text.matchAll(
    /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g,
  )) {
    total = Math.max(total, Number(match[1] ?? match[2]));
  }
  if (total < 1) throw new Error('The PDF engine returned a file without pages.');
  return total;
};
