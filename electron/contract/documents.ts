import { z } from 'zod';
import { chartItemShape, chartItemWrites, pastDate } from './chart-items';
import { id, optionalText, requiredText } from './fields';

/**
 * Imported documents (issue 4): a scanned paper chart, outside records, a consent form. The file is
 * stored inside the encrypted store and never changes; its title, category, date and comment are a
 * versioned chart item like any other.
 */
export const documentCategories = [
  'outside-records',
  'scanned-chart',
  'imaging-report',
  'lab-report',
  'letter',
  'consent-form',
  'insurance-card',
  'identification',
  'other',
] as const;
export type DocumentCategory = (typeof documentCategories)[number];
export const documentCategoryLabels: Record<DocumentCategory, string> = {
  'outside-records': 'Outside records',
  'scanned-chart': 'Scanned paper chart',
  'imaging-report': 'Imaging report',
  'lab-report': 'Outside lab report',
  letter: 'Letter',
  'consent-form': 'Consent form',
  'insurance-card': 'Insurance card',
  identification: 'Photo ID',
  other: 'Other',
};

export const documentMediaTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type DocumentMediaType = (typeof documentMediaTypes)[number];
export const documentMediaTypeLabels: Record<DocumentMediaType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/tiff': 'TIFF',
};
/** What the file picker offers; the main process still checks the bytes, never the name alone. */
export const documentFileExtensions: Record<DocumentMediaType, readonly string[]> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg', '.jfif'],
  'image/png': ['.png'],
  'image/tiff': ['.tif', '.tiff'],
};

/**
 * The largest file Chartroom imports: 20 MiB holds a few hundred pages scanned at 300 dpi in black
 * and white. The renderer checks it before sending; the main process checks it again.
 */
export const maxDocumentBytes = 20 * 1024 * 1024;
/** The base64 text of a file of maxDocumentBytes: every 3 bytes become 4 characters. */
export const maxDocumentBase64Chars = Math.ceil(maxDocumentBytes / 3) * 4;

const mebibyte = 1024 * 1024;
/** "31.4 MB", rounded up so a file just over the limit never reads as "20.0 MB". */
export const formatFileSize = (bytes: number): string => {
  if (bytes >= mebibyte) return `${(Math.ceil((bytes / mebibyte) * 10) / 10).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
};
export const oversizedDocumentMessage = (bytes: number): string =>
  `This file is ${formatFileSize(bytes)}; the limit is ${formatFileSize(maxDocumentBytes)}. Scan at a lower resolution or split the file.`;

/** The bytes a base64 text decodes to, without decoding it. */
export const base64DecodedLength = (base64: string): number => {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
};

/** What staff type about a document; all of it can be edited later, with every version kept. */
export const documentInputSchema = z.strictObject({
  title: requiredText('Title', 200),
  category: z.enum(documentCategories, { error: 'Pick what kind of document this is.' }),
  documentDate: pastDate('Document date'),
  comment: optionalText('Comment', 1000),
});
export type DocumentInput = z.input<typeof documentInputSchema>;
export type DocumentFields = z.output<typeof documentInputSchema>;

/**
 * The file as it travels: its name (for the extension check and the list) and its bytes in base64,
 * because the preview transport carries JSON. This one field may exceed the router's general
 * payload limit (api/input-guard.ts allows it by name, up to maxDocumentBase64Chars).
 */
export const documentFileSchema = z.strictObject({
  name: requiredText('File name', 255),
  contentBase64: z
    .string({ error: 'The file must be sent as base64 text.' })
    .refine((value) => base64DecodedLength(value) <= maxDocumentBytes, {
      error: (issue) => oversizedDocumentMessage(base64DecodedLength(issue.input as string)),
      abort: true,
    })
    .refine((value) => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value), {
      error: 'The file did not arrive intact. Pick it again.',
    }),
});

export const documentSchema = z.object({
  ...documentInputSchema.shape,
  documentDate: z.string(),
  fileName: z.string(),
  mediaType: z.enum(documentMediaTypes),
  byteSize: z.number(),
  sha256: z.string(),
  ...chartItemShape,
});
export type DocumentDto = z.output<typeof documentSchema>;

/** Newest document date first. */
export const documentListSchema = z.object({ active: z.array(documentSchema), retired: z.array(documentSchema) });

export const documentWrites = chartItemWrites('Document', documentInputSchema);
export const importDocumentInputSchema = z.strictObject({
  patientId: id('Patient'),
  item: documentInputSchema,
  file: documentFileSchema,
});
export type ImportDocumentInput = z.input<typeof importDocumentInputSchema>;

/** A document's file for the viewer, with the metadata it was stored under. */
export const documentContentSchema = z.object({ document: documentSchema, contentBase64: z.string() });

export const documentRetireReasons = [
  'entered in error',
  'wrong patient',
  'duplicate',
  'illegible; scanned again',
  'other',
] as const;
