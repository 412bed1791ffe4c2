import { crc32, deflateSync } from 'node:zlib';
import { pdfFile, pdfString } from '../../electron/main/services/synthetic/pdf';

/**
 * Small, real document files built byte by byte (issue 4's documents): a PDF with text pages, a PNG
 * and a multi-page TIFF. The fixtures in test/fixtures/documents/ come from here (generate.ts), and
 * tests build their own when they need a unique marker inside the file.
 */

/** A PDF with one page per entry, each a letter-sized page with a ruled frame and its lines of text. */
export const buildPdf = (pages: readonly (readonly string[])[]): Buffer => {
  // Objects 1 and 2 are the catalog and the page tree, 3 the font, then each page's content and page.
  const font = 3;
  const pageObjects = pages.flatMap((lines, index) => {
    const text = lines
      .map((line, i) => `BT /F1 ${i === 0 ? 22 : 14} Tf 72 ${700 - i * 28} Td ${pdfString(line)} Tj ET`)
      .join('\n');
    const footer = `BT /F1 10 Tf 260 40 Td (Page ${index + 1} of ${pages.length}) Tj ET`;
    const stream = `0.2 w 36 36 540 720 re S\n0.9 g 36 720 540 36 re f 0 g\n${text}\n${footer}`;
    const content = font + 1 + index * 2;
    return [
      `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
    ];
  });
  const kids = pages.map((_, index) => `${font + 2 + index * 2} 0 R`);
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ...pageObjects,
  ]);
};

const pngChunk = (type: string, data: Buffer): Buffer => {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
};

/** An 8-bit RGB PNG; `pixel` gives each pixel's [r, g, b]. */
export const buildPng = (width: number, height: number, pixel: (x: number, y: number) => readonly number[]): Buffer => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows.set(pixel(x, y), y * (1 + width * 3) + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
};

/** An uncompressed 8-bit grayscale TIFF (little-endian), one page per entry. */
export const buildTiff = (
  pages: readonly { width: number; height: number; gray: (x: number, y: number) => number }[],
): Buffer => {
  const parts: Buffer[] = [];
  let size = 8;
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0, 0, 0, 0]);
  parts.push(header);
  const entryCount = 9;
  let previousNext = 4;
  pages.forEach((page) => {
    const pixels = Buffer.alloc(page.width * page.height);
    for (let y = 0; y < page.height; y++)
      for (let x = 0; x < page.width; x++) pixels[y * page.width + x] = page.gray(x, y);
    const pixelsAt = size;
    parts.push(pixels);
    size += pixels.length + (pixels.length % 2);
    if (pixels.length % 2) parts.push(Buffer.alloc(1));
    const ifdAt = size;
    const ifd = Buffer.alloc(2 + entryCount * 12 + 4);
    ifd.writeUInt16LE(entryCount, 0);
    const entries: [number, number, number][] = [
      [256, 4, page.width], // ImageWidth
      [257, 4, page.height], // ImageLength
      [258, 3, 8], // BitsPerSample
      [259, 3, 1], // Compression: none
      [262, 3, 1], // PhotometricInterpretation: black is zero
      [273, 4, pixelsAt], // StripOffsets
      [277, 3, 1], // SamplesPerPixel
      [278, 4, page.height], // RowsPerStrip
      [279, 4, pixels.length], // StripByteCounts
    ];
    entries.forEach(([tag, type, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(1, at + 4);
      if (type === 3) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    parts.push(ifd);
    size += ifd.length;
    // Link the previous IFD (or the header) to this one.
    const linkTarget = previousNext;
    const buffer = Buffer.concat(parts);
    buffer.writeUInt32LE(ifdAt, linkTarget);
    parts.length = 0;
    parts.push(buffer);
    previousNext = ifdAt + 2 + entryCount * 12;
  });
  return Buffer.concat(parts);
};
