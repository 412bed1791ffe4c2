import { z } from 'zod';
import { id, requiredText, text } from './fields';

/**
 * Notes (issue 4, SECURITY.md S10). A note is a draft while it is written (saved as it is typed),
 * may wait for a named physician's co-signature, and is signed by a physician: from then on its
 * content never changes, and corrections are addenda shown under it.
 */
export const noteStatuses = ['draft', 'awaiting-cosign', 'signed'] as const;
export const noteStatusLabels: Record<(typeof noteStatuses)[number], string> = {
  draft: 'Draft',
  'awaiting-cosign': 'Awaiting co-signature',
  signed: 'Signed',
};

export const signedNoteMessage = 'This note is signed; add an addendum to correct or add to it.';

export const noteSectionSchema = z.strictObject({
  title: requiredText('Section title', 80),
  text: text('Note text', 50_000, { multiline: true }),
});
export type NoteSection = z.output<typeof noteSectionSchema>;

const noteSections = z
  .array(noteSectionSchema, { error: 'The note has no sections.' })
  .min(1, { error: 'The note has no sections.' })
  .max(20, { error: 'A note has at most 20 sections.' });

const patientId = id('Patient');
const noteId = id('Note');
const expectedVersion = z.number().int().positive();

export const createNoteInputSchema = z.strictObject({
  patientId,
  encounterId: id('Encounter'),
  templateId: id('Template'),
});
export const noteRefSchema = z.strictObject({ patientId, noteId });
/** The editor's content and the version it was based on: a save over someone else's newer save is refused. */
export const saveNoteDraftInputSchema = z.strictObject({ patientId, noteId, expectedVersion, sections: noteSections });
/** Signing names the content on screen, so what is signed is exactly what the physician read. */
export const signNoteInputSchema = saveNoteDraftInputSchema;
export const requestCosignInputSchema = z.strictObject({
  patientId,
  noteId,
  expectedVersion,
  sections: noteSections,
  cosignerId: z.number({ error: 'Pick the physician who will co-sign.' }).int().positive(),
});
export const addAddendumInputSchema = z.strictObject({
  patientId,
  noteId,
  text: requiredText('Addendum', 20_000, { multiline: true }),
});
export const retireNoteInputSchema = z.strictObject({
  patientId,
  noteId,
  reason: requiredText('Reason', 300, { multiline: true }),
});

export const integritySchema = z.object({
  /** 'unsigned' for drafts; 'verified' when the stored hash matches the content; 'mismatch' otherwise. */
  state: z.enum(['unsigned', 'verified', 'mismatch']),
  message: z.string(),
});

export const addendumSchema = z.object({
  id: z.number(),
  authorName: z.string(),
  at: z.string(),
  text: z.string(),
  contentHash: z.string(),
  verified: z.boolean(),
});
export type AddendumDto = z.output<typeof addendumSchema>;

export const noteSchema = z.object({
  id: z.number(),
  patientId: z.number(),
  encounterId: z.number(),
  version: z.number(),
  templateName: z.string(),
  sections: z.array(z.object({ title: z.string(), text: z.string() })),
  status: z.enum(noteStatuses),
  authorId: z.number(),
  authorName: z.string(),
  cosignerId: z.number().nullable(),
  cosignerName: z.string(),
  signedById: z.number().nullable(),
  signerName: z.string(),
  signedAt: z.string(),
  contentHash: z.string(),
  integrity: integritySchema,
  addenda: z.array(addendumSchema),
  retired: z.boolean(),
  retiredReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NoteDto = z.output<typeof noteSchema>;

export const savedDraftSchema = z.object({ version: z.number(), updatedAt: z.string() });
