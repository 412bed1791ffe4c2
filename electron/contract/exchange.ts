import { z } from 'zod';
import { id, requiredText, text } from './fields';
import { disclosurePurposes, recipientSchema } from './release';

/**
 * Electronic export and import (issue 6): a patient's chart as a FHIR R4 Bundle, the whole practice
 * as a folder (per-patient bundles, NDJSON per resource type, a browser-readable HTML archive per
 * patient), a FHIR bundle from another system, and a CSV of demographics from a legacy system.
 * Long work runs as a job the renderer polls for progress and may cancel.
 */

/** A FHIR bundle is JSON text; 50 MiB holds a very long chart with its attached documents. */
export const maxImportFileBytes = 50 * 1024 * 1024;
export const maxImportFileBase64Chars = Math.ceil(maxImportFileBytes / 3) * 4;

const importFile = z.strictObject({
  /** The file as picked, for messages and the audit trail; never used as a path. */
  name: requiredText('File name', 255),
  contentBase64: z
    .string({ error: 'The file must be sent as base64 text.' })
    .min(1, { error: 'The file is empty. Pick the exported file again.' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'The file did not arrive intact. Pick it again.' }),
});

export const exportPatientInputSchema = z
  .strictObject({
    patientId: id('Patient'),
    recipient: recipientSchema,
    purpose: z.enum(disclosurePurposes, { error: 'Choose the purpose of this export.' }),
    purposeDetail: text('Purpose', 300)
      .transform((value) => value.trim())
      .optional()
      .default(''),
  })
  .superRefine((input, context) => {
    if (input.purpose === 'other' && input.purposeDetail === '')
      context.addIssue({ code: 'custom', path: ['purposeDetail'], message: 'Say what the export is for.' });
  });
export const exportedBundleSchema = z.object({
  /** "chart-100234-2026-03-09.fhir.json": the MRN, never the patient's name. */
  fileName: z.string(),
  json: z.string(),
  resourceCount: z.number(),
});
export type ExportedBundleDto = z.output<typeof exportedBundleSchema>;

export const exportPracticeInputSchema = z.strictObject({
  /** An existing folder; the export is written into a new folder inside it. */
  folder: requiredText('Folder', 1000),
  /** Who receives it, e.g. "Northside Health, new EMR" or "Record retention". */
  recipientName: requiredText('Recipient', 200),
  purpose: z.enum(disclosurePurposes, { error: 'Choose the purpose of this export.' }),
});

export const jobKinds = ['practice-export', 'fhir-import', 'csv-import'] as const;
export const jobSchema = z.object({
  jobId: z.string(),
  kind: z.enum(jobKinds),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** "Writing patient bundles", "Checking rows", "Saving patients". */
  phase: z.string(),
  done: z.number(),
  total: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Plain words on failure: what went wrong and what to do. */
  error: z.string().nullable(),
  /** On success: where the export went, or what the import wrote ("1,204 patients added"). */
  result: z.string().nullable(),
});
export type JobDto = z.output<typeof jobSchema>;
export const jobRefSchema = z.strictObject({ jobId: z.string().uuid({ error: 'That job is not known.' }) });

/** Why a chart here may be a bundle's patient, strongest first. */
export const matchReasons = ['same-mrn', 'same-name-dob', 'similar-name'] as const;
export type MatchReason = (typeof matchReasons)[number];
export const matchReasonLabels: Record<MatchReason, string> = {
  'same-mrn': 'Same MRN',
  'same-name-dob': 'Same name and date of birth',
  'similar-name': 'Same date of birth, similar name',
};

/** One patient found in a FHIR bundle, with the chart entries it carries and who it may already be. */
export const bundlePatientSchema = z.object({
  /** The bundle's own reference, e.g. "urn:uuid:…" or "Patient/123". */
  reference: z.string(),
  name: z.string(),
  birthDate: z.string(),
  sex: z.string(),
  identifiers: z.array(z.string()),
  resourceCounts: z.record(z.string(), z.number()),
  matches: z.array(
    z.object({
      patientId: z.number(),
      mrn: z.string(),
      name: z.string(),
      birthDate: z.string(),
      /** Why it matched; matchReasonLabels says it in words. */
      reason: z.enum(matchReasons),
    }),
  ),
});
export const fhirImportPreviewSchema = z.object({
  fileName: z.string(),
  patients: z.array(bundlePatientSchema),
  /** Resource types in the file Chartroom does not import, with their counts, so nothing is skipped silently. */
  ignored: z.record(z.string(), z.number()),
});
export type FhirImportPreviewDto = z.output<typeof fhirImportPreviewSchema>;

export const fhirImportInputSchema = z.strictObject({
  file: importFile,
  /** One decision per patient in the bundle, after the duplicate review. */
  decisions: z
    .array(
      z.discriminatedUnion(
        'action',
        [
          z.strictObject({ reference: z.string().min(1), action: z.literal('create') }),
          z.strictObject({ reference: z.string().min(1), action: z.literal('merge'), patientId: id('Patient') }),
          z.strictObject({ reference: z.string().min(1), action: z.literal('skip') }),
        ],
        { error: 'Decide for each patient: add as new, add to the matching chart, or skip.' },
      ),
    )
    .min(1, { error: 'Decide for each patient in the file first.' }),
});
export const fhirImportFileSchema = z.strictObject({ file: importFile });

/** The demographic fields a legacy CSV can fill; the first four are required. */
export const csvFields = [
  'familyName',
  'givenName',
  'birthDate',
  'sex',
  'middleName',
  'preferredName',
  'suffix',
  'mrn',
  'phoneHome',
  'phoneMobile',
  'email',
  'addressLine1',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'insurancePayer',
  'insuranceMemberId',
  'insuranceGroup',
] as const;
export type CsvField = (typeof csvFields)[number];
export const requiredCsvFields: readonly CsvField[] = ['familyName', 'givenName', 'birthDate', 'sex'];
export const csvFieldLabels: Record<CsvField, string> = {
  familyName: 'Family name',
  givenName: 'Given name',
  birthDate: 'Date of birth',
  sex: 'Sex',
  middleName: 'Middle name',
  preferredName: 'Preferred name',
  suffix: 'Suffix',
  mrn: 'Legacy chart number',
  phoneHome: 'Home phone',
  phoneMobile: 'Mobile phone',
  email: 'Email',
  addressLine1: 'Address line 1',
  addressLine2: 'Address line 2',
  city: 'City',
  state: 'State',
  postalCode: 'ZIP code',
  insurancePayer: 'Insurance payer',
  insuranceMemberId: 'Insurance member ID',
  insuranceGroup: 'Insurance group number',
};

/** Which CSV column (by its header text) fills each field; an unmapped optional field stays empty. */
export const csvMappingSchema = z.partialRecord(z.enum(csvFields), z.string().max(200));
export type CsvMapping = z.output<typeof csvMappingSchema>;

export const csvInputSchema = z.strictObject({
  file: importFile,
  /** Omitted on the first look: the main process proposes one from the headers. */
  mapping: csvMappingSchema.optional(),
});

export const csvDryRunSchema = z.object({
  fileName: z.string(),
  /** "UTF-8", "UTF-8 with BOM" or "Latin-1 (Windows-1252)": how the bytes were read. */
  encoding: z.string(),
  columns: z.array(z.string()),
  mapping: csvMappingSchema,
  rowCount: z.number(),
  /** Problems in the file as a whole: a required field with no column, no header row. */
  fileErrors: z.array(z.string()),
  /** Problems per row, with the row number as a spreadsheet shows it (the header is row 1). */
  rowErrors: z.array(z.object({ row: z.number(), field: z.string(), message: z.string() })),
  /** Rows that look like patients already in Chartroom (same name and date of birth). */
  possibleDuplicates: z.array(z.object({ row: z.number(), patientId: z.number(), mrn: z.string(), name: z.string() })),
  /** The first rows as they will be saved, to check the mapping by eye. */
  sample: z.array(z.record(z.string(), z.string())),
});
export type CsvDryRunDto = z.output<typeof csvDryRunSchema>;
