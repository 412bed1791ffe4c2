import { z } from 'zod';
import { chartItemShape, chartItemWrites } from './chart-items';
import { id, isRealDate, optionalText, requiredText, text } from './fields';
import { labFlags } from './lab-ranges';
import { patientSummarySchema } from './patients';

/**
 * Lab results (issue 4): panels typed in by hand or imported from a reference lab's HL7 v2 ORU^R01
 * file. Each panel is a versioned chart item; its results are stored per version, so an edit keeps
 * every earlier value.
 */

/** The workstation's clock as YYYY-MM-DDTHH:MM, the form collection times are written in. */
const localNow = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
};

/** When the specimen was drawn: a date, or a date and time of day; never in the future. */
export const labCollectedAt = z
  .string({ error: 'Collected at must be a date.' })
  .min(1, { error: 'Enter the date the specimen was collected.', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}(T([01]\d|2[0-3]):[0-5]\d)?$/, {
    error: 'Write the collection date as YYYY-MM-DD, with a time as HH:MM if known.',
    abort: true,
  })
  .refine((value) => isRealDate(value.slice(0, 10)), { error: 'The collection date is not a real calendar date.' })
  .refine((value) => value <= localNow(), {
    error: 'The collection time is in the future. Enter when the specimen was drawn.',
  });

export const maxAnalytesPerPanel = 50;

export const analyteInputSchema = z.strictObject({
  analyte: requiredText('Analyte', 120),
  value: requiredText('Value', 200),
  unit: optionalText('Unit', 40),
  /** "3.5-5.1", "<200", ">40", or words such as "Negative". */
  referenceRange: optionalText('Reference range', 100),
});
export type AnalyteInput = z.input<typeof analyteInputSchema>;

export const labPanelInputSchema = z
  .strictObject({
    name: requiredText('Panel name', 200),
    collectedAt: labCollectedAt,
    orderingProvider: optionalText('Ordering provider', 200),
    performingLab: optionalText('Performing lab', 200),
    comment: text('Comment', 2000, { multiline: true })
      .transform((value) => value.trim())
      .optional()
      .default(''),
    analytes: z
      .array(analyteInputSchema, { error: 'Enter the results as a list.' })
      .min(1, { error: 'Enter at least one result: an analyte and its value.' })
      .max(maxAnalytesPerPanel, {
        error: `A panel holds at most ${maxAnalytesPerPanel} results; split the rest into a second panel.`,
      }),
  })
  .superRefine((panel, context) => {
    const seen = new Set<string>();
    panel.analytes.forEach((row, index) => {
      const key = row.analyte.toLowerCase();
      if (seen.has(key))
        context.addIssue({
          code: 'custom',
          path: ['analytes', index, 'analyte'],
          message: `${row.analyte} is entered twice in this panel; keep one row per analyte.`,
        });
      seen.add(key);
    });
  });
export type LabPanelInput = z.input<typeof labPanelInputSchema>;
export type LabPanelFields = z.output<typeof labPanelInputSchema>;

export const labObservationSchema = z.object({
  analyte: z.string(),
  loinc: z.string(),
  value: z.string(),
  numericValue: z.number().nullable(),
  unit: z.string(),
  referenceRange: z.string(),
  referenceLow: z.number().nullable(),
  referenceHigh: z.number().nullable(),
  flag: z.enum(labFlags),
  observedAt: z.string(),
  comment: z.string(),
});
export type LabObservationDto = z.output<typeof labObservationSchema>;

export const labPanelSchema = z.object({
  ...chartItemShape,
  name: z.string(),
  collectedAt: z.string(),
  orderingProvider: z.string(),
  performingLab: z.string(),
  comment: z.string(),
  source: z.enum(['manual', 'hl7']),
  messageControlId: z.string(),
  accession: z.string(),
  /** The results of the panel's current version, in the order entered or sent. */
  observations: z.array(labObservationSchema),
});
export type LabPanelDto = z.output<typeof labPanelSchema>;

/** Newest collection first. */
export const labPanelListSchema = z.object({ active: z.array(labPanelSchema), retired: z.array(labPanelSchema) });

export const labWrites = chartItemWrites('Lab panel', labPanelInputSchema);

export const labTrendInputSchema = z.strictObject({ patientId: id('Patient'), analyte: requiredText('Analyte', 120) });
export const labTrendSchema = z.object({
  analyte: z.string(),
  /** Oldest first; results of retired panels are left out. */
  points: z.array(
    z.object({
      panelId: z.number(),
      panelName: z.string(),
      observedAt: z.string(),
      value: z.string(),
      numericValue: z.number().nullable(),
      unit: z.string(),
      referenceRange: z.string(),
      referenceLow: z.number().nullable(),
      referenceHigh: z.number().nullable(),
      flag: z.enum(labFlags),
    }),
  ),
});
export type LabTrendDto = z.output<typeof labTrendSchema>;

/**
 * An HL7 file's text. A reference lab's result message is a few kilobytes; the bound keeps the request
 * (with its JSON escaping of line breaks) under the API's 1 MiB payload limit.
 */
export const maxHl7FileCharacters = 500_000;
const hl7File = {
  fileName: requiredText('File name', 255),
  content: z
    .string({ error: 'The file must be text.' })
    .min(1, { error: 'The file is empty. Pick the HL7 file the lab sent.' })
    .max(maxHl7FileCharacters, {
      error: `The file is larger than ${maxHl7FileCharacters / 1000} KB; a lab result message is a few KB. Check that it is the right file.`,
    }),
};

export const previewLabImportInputSchema = z.strictObject(hl7File);

/** A patient the file may belong to: how they were found, and each way they differ from the file's PID. */
export const labImportCandidateSchema = z.object({
  patient: patientSummarySchema,
  matchedBy: z.enum(['mrn', 'name-and-birth-date']),
  differences: z.array(z.string()),
});

export const labImportPreviewSchema = z.object({
  fileName: z.string(),
  messageControlId: z.string(),
  sendingFacility: z.string(),
  /** The patient as the file names them (PID). */
  filePatient: z.object({
    mrn: z.string(),
    familyName: z.string(),
    givenName: z.string(),
    birthDate: z.string(),
    sex: z.string(),
  }),
  /** The MRN match first, then patients with the same name and date of birth. Never empty. */
  candidates: z.array(labImportCandidateSchema),
  panels: z.array(
    z.object({
      name: z.string(),
      collectedAt: z.string(),
      orderingProvider: z.string(),
      performingLab: z.string(),
      accession: z.string(),
      comment: z.string(),
      observations: z.array(labObservationSchema),
    }),
  ),
});
export type LabImportPreviewDto = z.output<typeof labImportPreviewSchema>;

export const confirmLabImportInputSchema = z.strictObject({
  ...hl7File,
  /** The patient the user confirmed; the file is read again and checked against them. */
  patientId: id('Patient'),
  /** Required when the patient's name, date of birth or MRN differ from the file's: why it is still theirs. */
  overrideReason: optionalText('Override reason', 300),
});

export const labImportResultSchema = z.object({ importId: z.number(), panels: z.array(labPanelSchema) });
