import { z } from 'zod';
import { bookingDate } from './appointments';
import { id } from './fields';

/**
 * Printed documents (ARCHITECTURE.md section 6). The main process renders a document from the store
 * to a PDF and returns its bytes; the renderer previews, saves or prints them and never builds a
 * document itself.
 */
export const printedDocumentSchema = z.object({
  /** A name to save the file under, e.g. "day-sheet-2026-03-09.pdf"; never a patient's name. */
  fileName: z.string(),
  pdfBase64: z.string(),
  pageCount: z.number().int().positive(),
});
export type PrintedDocumentDto = z.output<typeof printedDocumentSchema>;

/** The day sheet: one section per provider, for the chosen providers or (none chosen) all of them. */
export const daySheetInputSchema = z.strictObject({
  date: bookingDate('The day sheet date'),
  providerIds: z
    .array(id('Provider'), { error: 'Choose the providers as a list.' })
    .max(50, { error: 'Choose at most 50 providers, or none for all of them.' })
    .optional(),
});
export type DaySheetInput = z.input<typeof daySheetInputSchema>;

/**
 * The letterhead logo (issue 6), printed at the top left of every document. PNG or JPEG, at most
 * 512 KiB: a logo is printed about an inch wide, and a fax reproduces it in black and white.
 */
export const maxLogoBytes = 512 * 1024;
export const letterheadLogoSchema = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  base64: z.string(),
});
export type LetterheadLogoDto = z.output<typeof letterheadLogoSchema>;
export const setLetterheadLogoInputSchema = z.strictObject({
  logo: z
    .strictObject({
      mediaType: z.enum(['image/png', 'image/jpeg'], { error: 'Pick a PNG or JPEG image for the logo.' }),
      base64: z
        .string({ error: 'The image must be sent as base64 text.' })
        .min(1, { error: 'The image is empty. Pick the logo file again.' })
        .max(Math.ceil(maxLogoBytes / 3) * 4, {
          error: 'The logo is larger than 512 KB. Save it smaller (about 600 pixels wide is plenty) and pick it again.',
        })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The image did not arrive intact. Pick it again.' }),
    })
    .nullable(),
});
