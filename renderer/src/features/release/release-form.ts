import type { Path } from 'react-hook-form';
import {
  type ApiError,
  addressLines,
  type DisclosurePurpose,
  type InputOf,
  legalFullName,
  type PatientDto,
  type ReleasableItemsDto,
  type ReleaseDocumentKind,
  type ReleaseInput,
  type ReleaseItem,
} from '../../../../electron/contract';

/**
 * The records packet builder's form and how it becomes the contract's input. The form holds what a
 * person ticks and types; `toReleaseInput` and `toExportInput` turn it into exactly what
 * release.prepare and exchange.exportPatient take, so both are checked with the contract's own schemas.
 */

/** The documents chosen with one tick each; visit notes and lab panels are chosen from the chart's lists. */
export const packetDocuments = [
  'referral-letter',
  'chart-summary',
  'demographics',
  'problem-list',
  'medication-list',
  'allergy-list',
  'immunization-record',
  'lab-report',
  'disclosure-accounting',
] as const satisfies readonly Exclude<ReleaseDocumentKind, 'visit-note'>[];
export type PacketDocument = (typeof packetDocuments)[number];

/** A packet for printing, saving or faxing, or the whole chart as a FHIR bundle. */
export type ReleaseOutput = 'packet' | 'fhir';

export interface RecipientValues {
  name: string;
  organisation: string;
  address: string;
  phone: string;
  fax: string;
}

export interface ReleaseFormValues {
  output: ReleaseOutput;
  /** The ticked documents (the form field a server message about an empty packet lands on). */
  items: PacketDocument[];
  /** Chosen visit notes, by id as text (checkbox values). */
  noteIds: string[];
  /** Every lab panel, or only those ticked in `labPanelIds`. */
  labScope: 'all' | 'chosen';
  labPanelIds: string[];
  referral: { subject: string; body: string };
  recipient: RecipientValues;
  purpose: DisclosurePurpose | '';
  purposeDetail: string;
  coverSheet: boolean;
  coverMessage: string;
}

/** Every field a message can be placed beside, named as the server names them (or by their last part). */
export const releaseFormFields = [
  'items',
  'noteIds',
  'labPanelIds',
  'referral.subject',
  'referral.body',
  'recipient.name',
  'recipient.organisation',
  'recipient.address',
  'recipient.phone',
  'recipient.fax',
  'purpose',
  'purposeDetail',
  'coverMessage',
] as const satisfies readonly Path<ReleaseFormValues>[];

const noRecipient: RecipientValues = { name: '', organisation: '', address: '', phone: '', fax: '' };

/** What the builder opens with: nothing chosen, or a preset such as the accounting for the patient. */
export const emptyReleaseForm = (preset: Partial<ReleaseFormValues> = {}): ReleaseFormValues => ({
  output: 'packet',
  items: [],
  noteIds: [],
  labScope: 'all',
  labPanelIds: [],
  referral: { subject: '', body: '' },
  recipient: noRecipient,
  purpose: '',
  purposeDetail: '',
  coverSheet: false,
  coverMessage: '',
  ...preset,
});

/** The patient as the recipient of their own records: their name, postal address and a phone number. */
export const patientAsRecipient = (patient: PatientDto): RecipientValues => {
  const phone = [patient.mobilePhone, patient.homePhone, patient.workPhone].find((number) => number.trim()) ?? '';
  return {
    name: legalFullName(patient),
    organisation: '',
    address: addressLines(patient.address).join('\n'),
    phone: phone.trim(),
    fax: '',
  };
};

/** A ticked document as the contract's item: the letter with its text, the lab report with its panels. */
const itemOf = (kind: PacketDocument, values: ReleaseFormValues): ReleaseItem => {
  if (kind === 'referral-letter') return { kind, subject: values.referral.subject, body: values.referral.body };
  if (kind === 'lab-report' && values.labScope === 'chosen') return { kind, panelIds: values.labPanelIds.map(Number) };
  return { kind };
};

/**
 * The packet's documents in the order they print: the letter first, then the chart's lists and
 * results, the visit notes as listed, and the accounting of disclosures last.
 */
const itemsOf = (values: ReleaseFormValues): ReleaseItem[] => {
  const chosen = packetDocuments.filter((kind) => values.items.includes(kind));
  const notes = values.noteIds.map((noteId): ReleaseItem => ({ kind: 'visit-note', noteId: Number(noteId) }));
  const documents = chosen.filter((kind) => kind !== 'disclosure-accounting').map((kind) => itemOf(kind, values));
  const accounting = chosen.includes('disclosure-accounting') ? [itemOf('disclosure-accounting', values)] : [];
  return [...documents, ...notes, ...accounting];
};

export const toReleaseInput = (patientId: number, values: ReleaseFormValues): ReleaseInput => ({
  patientId,
  items: itemsOf(values),
  recipient: values.recipient,
  purpose: values.purpose as DisclosurePurpose,
  purposeDetail: values.purposeDetail,
  coverSheet: values.coverSheet,
  coverMessage: values.coverMessage,
});

export const toExportInput = (patientId: number, values: ReleaseFormValues): InputOf<'exchange.exportPatient'> => ({
  patientId,
  recipient: values.recipient,
  purpose: values.purpose as DisclosurePurpose,
  purposeDetail: values.purposeDetail,
});

/**
 * What the contract cannot know about the form: lab panels to choose, with none ticked, would print
 * every panel, which is not what the person asked for.
 */
export const formProblems = (values: ReleaseFormValues): ApiError[] =>
  values.output === 'packet' &&
  values.items.includes('lab-report') &&
  values.labScope === 'chosen' &&
  values.labPanelIds.length === 0
    ? [
        {
          code: 'BAD_REQUEST',
          message: 'Tick the lab panels to include, or choose "All panels".',
          field: 'labPanelIds',
        },
      ]
    : [];

/** A schema issue as the server would report it: its message, and its path as the field. */
export const issueAsError = (issue: { message: string; path: readonly PropertyKey[] }): ApiError =>
  issue.path.length > 0
    ? { code: 'BAD_REQUEST', message: issue.message, field: issue.path.map(String).join('.') }
    : { code: 'BAD_REQUEST', message: issue.message };

/** The notes chosen that are not signed, in words, for the PRELIMINARY warning. */
export const unsignedNotesChosen = (values: ReleaseFormValues, choices: ReleasableItemsDto | null): string[] =>
  (choices?.notes ?? [])
    .filter((note) => !note.signed && values.noteIds.includes(String(note.noteId)))
    .map((note) => note.label);
