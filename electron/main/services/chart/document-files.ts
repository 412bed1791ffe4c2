import { crc32 } from 'node:zlib';
import {
  type DocumentMediaType,
  documentFileExtensions,
  documentMediaTypeLabels,
  formatFileSize,
  maxDocumentBytes,
  oversizedDocumentMessage,
} from '../../../contract/documents';
import { ChartroomError } from '../../../contract/errors';

/**
 * Checks an imported file by its bytes, never by its name alone (issue 4: an unreadable document is
 * refused with the reason). Each format is walked just far enough to know the file is whole: a PDF
 * has its header and its end-of-file trailer, a PNG's chunks all check out to IEND, a JPEG ends with
 * its end-of-image marker, a TIFF's pages and image data all lie inside the file. Decoding the
 * pictures is the viewer's job; this catches the wrong file, an empty one and one cut off in copying.
 */
export interface CheckedFile {
  mediaType: DocumentMediaType;
}

// Declared as functions, not arrows, so TypeScript narrows after a call (a `never` return).
function refuse(message: string): never {
  throw new ChartroomError('BAD_REQUEST', message, 'file');
}

const startsWith = (bytes: Buffer, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/** The format the first bytes announce, or null when they announce none Chartroom imports. */
export const sniffMediaType = (bytes: Buffer): DocumentMediaType | null => {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  return null;
};

/** The media type a file name's extension claims, or null for an extension Chartroom does not import. */
export const mediaTypeOfName = (fileName: string): DocumentMediaType | null => {
  const dot = fileName.lastIndexOf('.');
  const extension = dot < 0 ? '' : fileName.slice(dot).toLowerCase();
  const entry = Object.entries(documentFileExtensions).find(([, extensions]) => extensions.includes(extension));
  return entry ? (entry[0] as DocumentMediaType) : null;
};

function unreadable(mediaType: DocumentMediaType, reason: string): never {
  refuse(`This file is not a readable ${documentMediaTypeLabels[mediaType]}: ${reason}`);
}

const cutOff = 'it ends early, so it was probably cut off while being copied or scanned. Copy or scan it again.';

const checkPdf = (bytes: Buffer): void => {
  if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString('latin1')))
    unreadable('application/pdf', 'its header does not name a PDF version. Save or scan it again as a PDF.');
  // The trailer sits in the last kilobyte (PDF 32000-1, 7.5.5); scanners and copy tools may add a few
  // bytes of padding after it, which readers accept too.
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  if (!tail.includes('%%EOF') || !tail.includes('startxref')) unreadable('application/pdf', cutOff);
};

const checkJpeg = (bytes: Buffer): void => {
  // The end-of-image marker FF D9 never occurs in the compressed data (an FF there is stuffed as FF 00).
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024));
  if (tail.lastIndexOf(Buffer.from([0xff, 0xd9])) < 0) unreadable('image/jpeg', cutOff);
};

const checkPng = (bytes: Buffer): void => {
  let offset = 8;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.subarray(offset + 4, offset + 8).toString('latin1');
    const end = offset + 12 + length;
    if (end > bytes.length) break;
    if (first && type !== 'IHDR')
      unreadable('image/png', 'it does not start with an image header. Save it again as a PNG.');
    first = false;
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== bytes.readUInt32BE(offset + 8 + length))
      unreadable('image/png', 'part of it is damaged (a checksum does not match). Copy or scan it again.');
    if (type === 'IEND') return;
    offset = end;
  }
  unreadable('image/png', cutOff);
};

/** TIFF field types whose values are 2 or 4 bytes wide: SHORT, LONG, and IFD offsets. */
const tiffValueSize: Record<number, number> = { 3: 2, 4: 4, 13: 4 };
const stripOffsetTags = [273, 324];
const stripByteCountTags = [279, 325];

const checkTiff = (bytes: Buffer): void => {
  const little = bytes[0] === 0x49;
  const u16 = (at: number) => (little ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (little ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  const inside = (start: number, length: number) => start >= 8 && start + length <= bytes.length;
  if (bytes.length < 8) unreadable('image/tiff', cutOff);
  let ifd = u32(4);
  let pages = 0;
  const seen = new Set<number>();
  while (ifd !== 0) {
    if (seen.has(ifd) || pages >= 10_000)
      unreadable('image/tiff', 'its page list loops back on itself. Save it again as a TIFF.');
    seen.add(ifd);
    if (!inside(ifd, 2)) unreadable('image/tiff', cutOff);
    const count = u16(ifd);
    if (!inside(ifd, 2 + count * 12 + 4)) unreadable('image/tiff', cutOff);
    const values = new Map<number, number[]>();
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      const tag = u16(entry);
      if (![...stripOffsetTags, ...stripByteCountTags].includes(tag)) continue;
      const size = tiffValueSize[u16(entry + 2)];
      const n = u32(entry + 4);
      if (!size) unreadable('image/tiff', 'its image data is described in a way Chartroom cannot read.');
      const at = n * size <= 4 ? entry + 8 : u32(entry + 8);
      if (!inside(at, n * size)) unreadable('image/tiff', cutOff);
      values.set(
        tag,
        Array.from({ length: n }, (_, k) => (size === 2 ? u16(at + k * 2) : u32(at + k * 4))),
      );
    }
    const offsets = values.get(273) ?? values.get(324);
    const counts = values.get(279) ?? values.get(325);
    if (!offsets || !counts || offsets.length !== counts.length)
      unreadable('image/tiff', 'a page has no image data. Scan it again.');
    offsets.forEach((start, k) => {
      if (!inside(start, counts[k] ?? 0)) unreadable('image/tiff', cutOff);
    });
    pages += 1;
    ifd = u32(ifd + 2 + count * 12);
  }
  if (pages === 0) unreadable('image/tiff', 'it has no pages. Scan it again.');
};

const checks: Record<DocumentMediaType, (bytes: Buffer) => void> = {
  'application/pdf': checkPdf,
  'image/jpeg': checkJpeg,
  'image/png': checkPng,
  'image/tiff': checkTiff,
};

const supported = 'Chartroom imports PDF, JPEG, PNG and TIFF files';

/** The file's real type, or a refusal that says what is wrong and what to do. */
export const checkDocumentFile = (fileName: string, bytes: Buffer): CheckedFile => {
  if (bytes.length === 0)
    refuse('This file is empty (0 bytes). Pick it again; if the scanner just saved it, wait until it has finished.');
  if (bytes.length > maxDocumentBytes) refuse(oversizedDocumentMessage(bytes.length));
  const named = mediaTypeOfName(fileName);
  const actual = sniffMediaType(bytes);
  if (!named) refuse(`${supported}; "${fileName}" is not one of them. Save or scan it as a PDF first.`);
  if (!actual) {
    unreadable(
      named,
      `its contents are not a ${documentMediaTypeLabels[named]} (${formatFileSize(bytes.length)} of something else). Save or scan it again.`,
    );
  }
  if (named !== actual) {
    refuse(
      `This file is named as a ${documentMediaTypeLabels[named]} but holds a ${documentMediaTypeLabels[actual]}. Rename it to ${documentFileExtensions[actual][0]}, or pick the right file.`,
    );
  }
  checks[actual](bytes);
  return { mediaType: actual };
};
