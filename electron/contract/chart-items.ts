import { z } from 'zod';
import { id, isoDate, requiredText } from './fields';

/**
 * What every versioned chart item shares on the wire (issue 4): the columns of chartItemColumns() in
 * db/schema, and the four writes (add, edit with the version the user saw, retire with a reason,
 * read the history). Each kind adds its own fields; medications, immunizations, vitals, histories,
 * documents and lab panels are all built from these.
 */
export const chartItemShape = {
  id: z.number(),
  patientId: z.number(),
  version: z.number(),
  retired: z.boolean(),
  retiredReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

const patientId = id('Patient');

/** The input schemas of one kind's writes: `item` carries the kind's fields. */
export const chartItemWrites = <Item extends z.ZodType>(noun: string, item: Item) => {
  const itemId = id(noun);
  return {
    add: z.strictObject({ patientId, item }),
    update: z.strictObject({ patientId, itemId, expectedVersion: z.number().int().positive(), item }),
    retire: z.strictObject({ patientId, itemId, reason: requiredText('Reason', 300, { multiline: true }) }),
    ref: z.strictObject({ patientId, itemId }),
  };
};

/** Today in the workstation's calendar, as YYYY-MM-DD; dates after it are refused. */
export const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** A date that has happened (an onset, a dose given, a specimen drawn): a future one is refused. */
export const pastDate = (label: string) =>
  isoDate(label).refine((value) => value <= today(), {
    error: `The ${label.toLowerCase()} is in the future. Enter the date it happened.`,
  });

/** The same, or empty when it is not known. */
export const optionalPastDate = (label: string) => z.union([z.literal(''), pastDate(label)]).default('');
