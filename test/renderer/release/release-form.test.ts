import type { Path } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import {
  type ApiError,
  exportPatientInputSchema,
  type PatientDto,
  type ReleasableItemsDto,
  releaseInputSchema,
} from '../../../electron/contract';
import {
  emptyReleaseForm,
  formProblems,
  issueAsError,
  patientAsRecipient,
  type ReleaseFormValues,
  releaseFormFields,
  toExportInput,
  toReleaseInput,
  unsignedNotesChosen,
} from '../../../renderer/src/features/release/release-form';
import { placeServerError } from '../../../renderer/src/ui/server-error';

const patient: PatientDto = {
  id: 7,
  mrn: '100234',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  legalGivenName: 'Maria',
  legalMiddleName: 'Luisa',
  legalFamilyName: 'Ortega',
  suffix: '',
  preferredName: '',
  birthDate: '1961-04-12',
  sex: 'female',
  genderIdentity: '',
  pronouns: '',
  address: { line1: '12 Elm St', line2: 'Apt 4', city: 'Springfield', state: 'IL', postalCode: '62701', country: '' },
  mobilePhone: '',
  homePhone: '(217) 555-0142',
  workPhone: '',
  email: '',
  preferredLanguage: '',
  emergencyContact: { name: '', relationship: '', phone: '' },
  insurance: null,
  allergies: { state: 'not-recorded', summary: [] },
};

const recipient = {
  name: 'Dr. Ana Ruiz',
  organisation: 'Harbor Cardiology',
  address: '1 Harbor Way\nPortland, ME',
  phone: '',
  fax: '(207) 555-0190',
};

const filled = (values: Partial<ReleaseFormValues>): ReleaseFormValues =>
  emptyReleaseForm({ recipient, purpose: 'continuity-of-care', ...values });

/** Where each message of the contract would appear in the form: the field it lands on, or null for the form alert. */
const placedFields = (values: ReleaseFormValues): (string | null)[] => {
  const result = releaseInputSchema.safeParse(toReleaseInput(patient.id, values));
  const problems: ApiError[] = [...formProblems(values), ...(result.error?.issues.map(issueAsError) ?? [])];
  return problems.map((problem) => {
    let placed: string | null = null;
    const unplaced = placeServerError<ReleaseFormValues>(
      (field) => {
        placed = field;
      },
      problem,
      releaseFormFields as readonly Path<ReleaseFormValues>[],
    );
    return unplaced === null ? placed : null;
  });
};

describe('the records packet form', () => {
  it('prints the letter first, then the lists, the chosen lab panels, the notes and the accounting last', () => {
    const input = toReleaseInput(
      patient.id,
      filled({
        items: ['disclosure-accounting', 'medication-list', 'lab-report', 'referral-letter', 'chart-summary'],
        noteIds: ['31', '30'],
        labScope: 'chosen',
        labPanelIds: ['5'],
        referral: { subject: 'Cardiology consultation', body: 'Please see Ms Ortega.' },
        coverSheet: true,
        coverMessage: 'Records you asked for',
      }),
    );
    expect(input.items).toEqual([
      { kind: 'referral-letter', subject: 'Cardiology consultation', body: 'Please see Ms Ortega.' },
      { kind: 'chart-summary' },
      { kind: 'medication-list' },
      { kind: 'lab-report', panelIds: [5] },
      { kind: 'visit-note', noteId: 31 },
      { kind: 'visit-note', noteId: 30 },
      { kind: 'disclosure-accounting' },
    ]);
    const parsed = releaseInputSchema.parse(input);
    expect(parsed).toMatchObject({ patientId: 7, coverSheet: true, releasePreliminary: false, recipient });
  });

  it('reports every lab panel when "All panels" is chosen', () => {
    const input = toReleaseInput(patient.id, filled({ items: ['lab-report'], labScope: 'all', labPanelIds: ['5'] }));
    expect(input.items).toEqual([{ kind: 'lab-report' }]);
  });

  it('puts each of the contract’s messages beside the field it is about', () => {
    expect(placedFields(filled({}))).toEqual(['items']);
    expect(
      placedFields(filled({ items: ['chart-summary'], recipient: { ...recipient, fax: 'call the office' } })),
    ).toEqual(['recipient.fax']);
    expect(
      placedFields(filled({ items: ['chart-summary'], coverSheet: true, recipient: { ...recipient, fax: '' } })),
    ).toEqual(['recipient.fax']);
    expect(placedFields(filled({ items: ['chart-summary'], purpose: 'other' }))).toEqual(['purposeDetail']);
    expect(placedFields(filled({ items: ['chart-summary'], purpose: '' }))).toEqual(['purpose']);
    expect(placedFields(filled({ items: ['chart-summary'], recipient: { ...recipient, name: ' ' } }))).toEqual([
      'recipient.name',
    ]);
    expect(placedFields(filled({ items: ['referral-letter'] }))).toEqual(['referral.subject', 'referral.body']);
    expect(placedFields(filled({ items: ['lab-report'], labScope: 'chosen' }))).toEqual(['labPanelIds']);
  });

  it('says what to do when the packet is empty or the fax number cannot be dialled', () => {
    const empty = releaseInputSchema.safeParse(toReleaseInput(patient.id, filled({})));
    expect(empty.error?.issues.map(issueAsError)).toEqual([
      {
        code: 'BAD_REQUEST',
        message: 'The packet is empty. Choose at least one document to include.',
        field: 'items',
      },
    ]);
    const badFax = releaseInputSchema.safeParse(
      toReleaseInput(patient.id, filled({ items: ['chart-summary'], recipient: { ...recipient, fax: '555-01' } })),
    );
    expect(badFax.error?.issues[0]?.message).toBe(
      'Enter the fax number as a number of 10 to 15 digits, e.g. (555) 010-2000.',
    );
  });

  it('a chosen note alone makes a packet', () => {
    expect(placedFields(filled({ noteIds: ['12'] }))).toEqual([]);
  });

  it('exports the chart to the same recipient for the same purpose', () => {
    const input = toExportInput(patient.id, filled({ purpose: 'other', purposeDetail: 'New practice' }));
    expect(exportPatientInputSchema.parse(input)).toEqual({
      patientId: 7,
      recipient,
      purpose: 'other',
      purposeDetail: 'New practice',
    });
  });

  it('addresses the patient by their full name, postal address and first phone number', () => {
    expect(patientAsRecipient(patient)).toEqual({
      name: 'Maria Luisa Ortega',
      organisation: '',
      address: '12 Elm St\nApt 4\nSpringfield, IL 62701',
      phone: '(217) 555-0142',
      fax: '',
    });
    const noAddress = patientAsRecipient({
      ...patient,
      legalMiddleName: '',
      suffix: 'Jr.',
      homePhone: '',
      address: { line1: '', line2: '', city: '', state: 'IL', postalCode: '', country: 'USA' },
    });
    expect(noAddress).toMatchObject({ name: 'Maria Ortega Jr.', address: 'IL\nUSA', phone: '' });
  });

  it('takes the patient as recipient with the local phone number their chart accepted', () => {
    const local = patientAsRecipient({ ...patient, homePhone: '555-0142' });
    const input = toReleaseInput(
      patient.id,
      filled({ items: ['disclosure-accounting'], recipient: local, purpose: 'patient-request' }),
    );
    expect(releaseInputSchema.safeParse(input).error?.issues).toBeUndefined();
    expect(exportPatientInputSchema.safeParse(toExportInput(patient.id, filled({ recipient: local }))).success).toBe(
      true,
    );
  });

  it('names the unsigned notes chosen, and only those', () => {
    const choices: ReleasableItemsDto = {
      notes: [
        { noteId: 1, label: '03/09/2026 · Office visit · Dr. Ruiz', signed: true },
        { noteId: 2, label: '03/10/2026 · Phone call · Dr. Ruiz', signed: false },
        { noteId: 3, label: '03/11/2026 · Office visit · Dr. Ruiz', signed: false },
      ],
      labPanels: [],
      counts: { problems: 0, medications: 0, allergies: 0, immunizations: 0, disclosures: 0 },
    };
    expect(unsignedNotesChosen(filled({ noteIds: ['1', '2'] }), choices)).toEqual([
      '03/10/2026 · Phone call · Dr. Ruiz',
    ]);
    expect(unsignedNotesChosen(filled({ noteIds: ['1'] }), choices)).toEqual([]);
    expect(unsignedNotesChosen(filled({ noteIds: ['2'] }), null)).toEqual([]);
  });
});
