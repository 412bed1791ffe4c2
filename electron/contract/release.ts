import { z } from 'zod';
import { id, optionalText, requiredText, text } from './fields';
import { phoneNumber } from './patients';
import { printedDocumentSchema } from './print';

/**
 * Releasing records (issue 6): staff pick documents from a chart, a recipient and a purpose; the main
 * process renders one fax-ready PDF (ARCHITECTURE.md section 6), and once staff print it, save it or
 * send it as a fax, records the disclosure. The accounting of disclosures is read from those records.
 */
export const disclosurePurposes = ['continuity-of-care', 'patient-request', 'legal', 'insurance', 'other'] as const;
export type DisclosurePurpose = (typeof disclosurePurposes)[number];
export const disclosurePurposeLabels: Record<DisclosurePurpose, string> = {
  'continuity-of-care': 'Continuity of care',
  'patient-request': 'Patient request',
  legal: 'Legal',
  insurance: 'Insurance',
  other: 'Other',
};

/** How a release left the practice: on paper, as a saved PDF, as a fax packet, or as an electronic export. */
export const disclosureMedia = ['print', 'pdf', 'fax', 'fhir-export', 'practice-export'] as const;
export type DisclosureMedium = (typeof disclosureMedia)[number];
export const disclosureMediumLabels: Record<DisclosureMedium, string> = {
  print: 'Printed',
  pdf: 'Saved as PDF',
  fax: 'Fax packet',
  'fhir-export': 'Electronic export (FHIR)',
  'practice-export': 'Whole-practice export',
};

/** The documents a chart can print (issue 6 "Document templates"); the day sheet is printed from the calendar. */
export const releaseDocumentLabels: Record<ReleaseDocumentKind, string> = {
  'chart-summary': 'Chart summary',
  demographics: 'Patient demographic sheet',
  'problem-list': 'Problem list',
  'medication-list': 'Medication list',
  'allergy-list': 'Allergy list',
  'immunization-record': 'Immunization record',
  'lab-report': 'Lab results report',
  'visit-note': 'Visit note',
  'referral-letter': 'Referral letter',
  'disclosure-accounting': 'Accounting of disclosures',
};

/**
 * A fax number as typed ("(555) 010-2000", "+1 555 010 2000"): digits with the usual separators,
 * 10 to 15 digits in all, so a fax machine can dial it.
 */
export const dialableNumber = (label: string) =>
  optionalText(label, 40).refine(
    (value) => value === '' || (/^\+?[\d\s().-]+$/.test(value) && /^\d{10,15}$/.test(value.replace(/\D/g, ''))),
    { error: `Enter the ${label.toLowerCase()} as a number of 10 to 15 digits, e.g. (555) 010-2000.` },
  );

export const recipientSchema = z.strictObject({
  name: requiredText('Recipient name', 200),
  organisation: optionalText('Organisation', 200),
  /** One or more lines, as it goes on an envelope or a letter. */
  address: text('Address', 500, { multiline: true })
    .transform((value) => value.trim())
    .optional()
    .default(''),
  /** Only read by people, so it follows the patient's own phone rule: the patient may be the recipient. */
  phone: phoneNumber('Phone number'),
  fax: dialableNumber('Fax number'),
});
export type RecipientInput = z.input<typeof recipientSchema>;
export type Recipient = z.output<typeof recipientSchema>;

export const releaseItemSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('chart-summary') }),
    z.strictObject({ kind: z.literal('demographics') }),
    z.strictObject({ kind: z.literal('problem-list') }),
    z.strictObject({ kind: z.literal('medication-list') }),
    z.strictObject({ kind: z.literal('allergy-list') }),
    z.strictObject({ kind: z.literal('immunization-record') }),
    z.strictObject({
      kind: z.literal('lab-report'),
      /** The panels to report; none chosen means every panel on the chart. */
      panelIds: z.array(id('Lab panel')).max(500, { error: 'Choose at most 500 lab panels.' }).optional(),
    }),
    z.strictObject({ kind: z.literal('visit-note'), noteId: id('Note') }),
    z.strictObject({
      kind: z.literal('referral-letter'),
      /** What the letter asks for, e.g. "Cardiology consultation for exertional chest pain". */
      subject: requiredText('Reason for referral', 300),
      body: requiredText('Letter text', 20_000, { multiline: true }),
    }),
    z.strictObject({ kind: z.literal('disclosure-accounting') }),
  ],
  { error: 'Choose what to include from the list.' },
);
export type ReleaseItem = z.output<typeof releaseItemSchema>;
export type ReleaseDocumentKind = ReleaseItem['kind'];

export const releaseInputSchema = z
  .strictObject({
    patientId: id('Patient'),
    items: z
      .array(releaseItemSchema, { error: 'Choose what to include as a list.' })
      .min(1, { error: 'The packet is empty. Choose at least one document to include.' })
      .max(200, { error: 'Choose at most 200 documents for one packet.' }),
    recipient: recipientSchema,
    purpose: z.enum(disclosurePurposes, { error: 'Choose the purpose of this release.' }),
    /** Required when the purpose is "other". */
    purposeDetail: optionalText('Purpose', 300),
    /** A fax packet starts with a cover sheet; it needs the recipient's fax number. */
    coverSheet: z.boolean({ error: 'Say whether to add a cover sheet.' }).default(false),
    /** A short message for the cover sheet, e.g. "Records you requested on 3/2". */
    coverMessage: text('Cover sheet message', 1000, { multiline: true })
      .transform((value) => value.trim())
      .optional()
      .default(''),
    /** Staff saw the warning that a chosen note is unsigned and release it marked PRELIMINARY. */
    releasePreliminary: z.boolean().default(false),
  })
  .superRefine((input, context) => {
    if (input.purpose === 'other' && input.purposeDetail === '')
      context.addIssue({ code: 'custom', path: ['purposeDetail'], message: 'Say what the records are for.' });
    if (input.coverSheet && input.recipient.fax === '')
      context.addIssue({
        code: 'custom',
        path: ['recipient', 'fax'],
        message: "A fax cover sheet needs the recipient's fax number. Enter it, or leave out the cover sheet.",
      });
  });
export type ReleaseInput = z.input<typeof releaseInputSchema>;

/** A rendered packet, held by the main process until staff print, save or fax it (or for 30 minutes). */
export const preparedReleaseSchema = printedDocumentSchema.extend({
  packetId: z.string(),
  /** The notes printed as PRELIMINARY because they are not signed. */
  preliminaryNotes: z.array(z.string()),
});
export type PreparedReleaseDto = z.output<typeof preparedReleaseSchema>;

export const recordReleaseInputSchema = z.strictObject({
  packetId: z.string().uuid({ error: 'Prepare the packet again; this one is no longer held.' }),
  medium: z.enum(['print', 'pdf', 'fax'], { error: 'Say whether the packet was printed, saved or faxed.' }),
});

/** What a chart offers for release: the fixed documents always, and its notes and lab panels to choose from. */
export const releasableItemsSchema = z.object({
  notes: z.array(
    z.object({
      noteId: z.number(),
      /** "03/09/2026 · Office visit · Dr. Ana Ruiz" */
      label: z.string(),
      signed: z.boolean(),
    }),
  ),
  labPanels: z.array(z.object({ panelId: z.number(), label: z.string() })),
  counts: z.object({
    problems: z.number(),
    medications: z.number(),
    allergies: z.number(),
    immunizations: z.number(),
    disclosures: z.number(),
  }),
});
export type ReleasableItemsDto = z.output<typeof releasableItemsSchema>;

export const disclosureSchema = z.object({
  id: z.number(),
  patientId: z.number(),
  at: z.string(),
  medium: z.enum(disclosureMedia),
  recipient: z.object({
    name: z.string(),
    organisation: z.string(),
    address: z.string(),
    phone: z.string(),
    fax: z.string(),
  }),
  purpose: z.enum(disclosurePurposes),
  purposeDetail: z.string(),
  /** What was released, in words: "Visit note 03/09/2026 (signed)", "Medication list". */
  items: z.array(z.string()),
  pageCount: z.number().nullable(),
  username: z.string(),
  userFullName: z.string(),
});
export type DisclosureDto = z.output<typeof disclosureSchema>;
