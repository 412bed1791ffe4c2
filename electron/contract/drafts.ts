import { z } from 'zod';
import { id } from './fields';

/**
 * Unsaved form input kept in the encrypted store (never localStorage), so a lock, a reload or a crash
 * loses nothing typed more than 2 s ago (PRODUCT.md principles). Keyed per user and per form.
 */
export const draftKeySchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9:._-]+$/, { error: 'A draft key uses lowercase letters, digits and : . _ - only.' });

export const saveDraftInputSchema = z.strictObject({
  key: draftKeySchema,
  patientId: id('Patient').nullable(),
  /** The form's values as JSON text, at most 256 kB. */
  content: z.string().max(262_144, { error: 'This draft is too large to keep; save it or shorten it.' }),
});
export const draftRefSchema = z.strictObject({ key: draftKeySchema });
export const draftSchema = z.object({
  key: z.string(),
  patientId: z.number().nullable(),
  content: z.string(),
  updatedAt: z.string(),
});
export const draftOrNullSchema = draftSchema.nullable();
