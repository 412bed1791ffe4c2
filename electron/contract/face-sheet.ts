import { z } from 'zod';
import { appointmentStatuses } from './appointments';
import { storedVitalValues } from './vitals';

/**
 * The chart's first screen (issue 4): what a clinician needs at a glance, in one round trip. Vitals
 * arrive in stored units (°C, cm, kg); the renderer shows them in the practice's units.
 */
export const faceSheetSchema = z.object({
  problems: z.array(z.object({ id: z.number(), code: z.string(), description: z.string(), onset: z.string() })),
  medications: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      coded: z.boolean(),
      strength: z.string(),
      dose: z.string(),
      frequency: z.string(),
      status: z.string(),
    }),
  ),
  /** When the medication list was last reviewed, and by whom; empty when never. */
  medicationReview: z.object({ at: z.string(), by: z.string() }),
  /** Vital sign sets, newest first (at most 12): the latest is shown, all of them draw the trends. */
  vitals: z.array(z.object({ takenAt: z.string(), values: z.object(storedVitalValues) })),
  /** The most recent lab panels (at most 5), with the results outside their range. */
  labs: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      collectedAt: z.string(),
      resultCount: z.number(),
      abnormal: z.array(z.object({ analyte: z.string(), value: z.string(), unit: z.string(), flag: z.string() })),
    }),
  ),
  /** The last three notes by date of service. */
  notes: z.array(
    z.object({
      id: z.number(),
      encounterId: z.number(),
      date: z.string(),
      encounterType: z.string(),
      author: z.string(),
      status: z.enum(['draft', 'awaiting-cosign', 'signed']),
      templateName: z.string(),
      excerpt: z.string(),
    }),
  ),
  encounterCount: z.number(),
  /** The next booked visit that has not been cancelled, in the practice's time zone; null when none. */
  nextAppointment: z
    .object({
      id: z.number(),
      date: z.string(),
      start: z.string(),
      providerName: z.string(),
      typeName: z.string(),
      status: z.enum(appointmentStatuses),
    })
    .nullable(),
});
export type FaceSheetDto = z.output<typeof faceSheetSchema>;
