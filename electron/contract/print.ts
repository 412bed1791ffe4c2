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
