import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../../db';
import type { ReleaseItem } from '../../../electron/contract/release';
import { chromiumPdf } from '../../../electron/main/preview/chromium-pdf';
import {
  loadReleaseDocument,
  type ReleaseContext,
  type ReleaseDocument,
} from '../../../electron/main/services/print/documents';
import { patientArchiveHtml } from '../../../electron/main/services/print/documents/patient-archive';
import {
  frameFor,
  patientSubject,
  printedLetterhead,
  printedLine,
  printZone,
} from '../../../electron/main/services/print/letterhead';
import { printedPage } from '../../../electron/main/services/print/page-frame';
import { type PdfPort, pdfOptions } from '../../../electron/main/services/print/pdf-port';
import { scheduleRows } from '../../helpers/appointment-rows';
import { savePdfPages } from '../../helpers/pdf-png';
import { pdfPageTexts } from '../../helpers/pdf-text';
import {
  type Caller,
  createTestPractice,
  otherPatientInput,
  patientInput,
  staffPasswords,
  type TestPractice,
} from '../../helpers/practice';
import {
  bookAnnualPhysical,
  cardiologyRecipient,
  diabetes,
  draftNote,
  fluShotGiven,
  hypertension,
  lisinopril,
  lopezPatient,
  metabolicPanel,
  noteAuthor,
  penicillinAllergy,
  resolvedAsthma,
  signWithAddendum,
  stoppedHydrocortisone,
  tdapRefused,
} from '../../helpers/realistic-chart';

/**
 * The printed chart documents (issue 6) from a real store, seeded through the API as staff would,
 * rendered by system Chromium with the page frame every packet uses. The PDF's text is read back and
 * checked against the chart; every page is saved as a PNG in artifacts/print for review.
 */
let practice: TestPractice;
let doctor: Caller;
let nurse: Caller;
let pdf: PdfPort;
let doctorId: number;
let patientId: number;
let otherPatientId: number;
let emptyPatientId: number;
let noAllergiesPatientId: number;
let longPatientId: number;
let signedNoteId: number;
let draftNoteId: number;
let otherChartNoteId: number;
let potassiumPanelId: number;
let lipidPanelId: number;
let otherChartPanelId: number;
const zone = 'America/Chicago';
const recipient = cardiologyRecipient;

const store = () => practice.app.services.vault.store;

const register = async (overrides: Parameters<typeof patientInput>[0]): Promise<number> => {
  const result = await doctor.must('patients.register', { patient: patientInput(overrides) });
  if (result.status !== 'registered') throw new Error('expected a registration');
  return result.patient.id;
};

const contextFor = (id: number): ReleaseContext => {
  const db = store().db;
  const row = repositories.practice.getPractice(db);
  const patient = repositories.patients.getPatient(db, id);
  if (!row || !patient) throw new Error('expected the practice and the patient');
  return {
    practice: row,
    patient,
    zone: printZone(row),
    now: new Date(),
    actor: { userId: doctorId, username: 'drpark', role: 'physician', workstation: 'test-workstation' },
    actorFullName: staffPasswords.physician.fullName,
    recipient,
  };
};

interface Rendered {
  document: ReleaseDocument;
  pages: string[];
  /** All pages' text with every run of white space one space: table cells wrap their words onto lines. */
  text: string;
  /** All pages' text with its line breaks, for what must print on lines of its own. */
  lines: string;
}

/** Loads a document, prints it in its frame through Chromium, saves its pages as PNGs and reads its text back. */
const render = async (id: number, item: ReleaseItem, artifact: string): Promise<Rendered> => {
  const context = contextFor(id);
  const document = loadReleaseDocument(store(), context, item);
  const page = printedPage(
    frameFor(
      printedLetterhead(store(), context.practice),
      { title: document.title, subject: patientSubject(context.patient) },
      printedLine(context.actor, context.now, context.zone),
    ),
    document.body,
  );
  const bytes = await pdf.htmlToPdf(page.html, page.options);
  savePdfPages(bytes, artifact);
  const pages = await pdfPageTexts(bytes);
  const lines = pages.join('\n');
  return { document, pages, text: lines.replace(/\s+/g, ' '), lines };
};

/** The running header and footer on every page, with the right "Page X of Y". */
const expectFramed = (rendered: Rendered, subject: string) => {
  for (const [index, page] of rendered.pages.entries()) {
    expect(page, `page ${index + 1}`).toContain('Test Family Practice');
    expect(page, `page ${index + 1}`).toContain(rendered.document.title);
    expect(page, `page ${index + 1}`).toContain(subject);
    expect(page, `page ${index + 1}`).toContain('CONFIDENTIAL: contains protected health information.');
    expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${rendered.pages.length}`);
  }
};
const lopez = 'Lopez, Maria Elena · DOB 03/04/1980 · MRN';

beforeAll(async () => {
  practice = await createTestPractice();
  pdf = chromiumPdf();
  doctor = await practice.signIn('physician');
  nurse = await practice.signIn('nurse');
  const author = await noteAuthor(doctor);
  doctorId = author.providerId;

  patientId = await register(lopezPatient);
  otherPatientId = await register(otherPatientInput);
  emptyPatientId = await register({ legalGivenName: 'Empty', legalFamilyName: 'Chart', birthDate: '1990-02-02' });
  noAllergiesPatientId = await register({ legalGivenName: 'Nka', legalFamilyName: 'Patient', birthDate: '1970-05-05' });
  longPatientId = await register({ legalGivenName: 'Long', legalFamilyName: 'Chart', birthDate: '1960-06-06' });

  await doctor.must('problems.add', { patientId, item: hypertension });
  await doctor.must('problems.add', { patientId, item: diabetes });
  await doctor.must('problems.add', { patientId, item: resolvedAsthma });
  await doctor.must('medications.add', { patientId, item: lisinopril });
  await doctor.must('medications.add', {
    patientId,
    item: {
      name: 'Metformin',
      strength: '500 mg',
      doseAmount: 2,
      doseUnit: 'tablet',
      frequency: 'twice daily',
      status: 'active',
    },
  });
  await doctor.must('medications.add', { patientId, item: stoppedHydrocortisone });
  await nurse.must('allergies.add', { patientId, allergy: penicillinAllergy });
  await nurse.must('allergies.markNoKnown', { patientId: noAllergiesPatientId });
  await nurse.must('immunizations.add', { patientId, item: fluShotGiven });
  await nurse.must('immunizations.add', { patientId, item: tdapRefused });
  await nurse.must('vitals.add', {
    patientId,
    item: {
      takenAt: new Date(Date.now() - 3_600_000).toISOString(),
      systolic: 152,
      diastolic: 96,
      heartRate: 72,
      temperature: 98.6,
      temperatureUnit: 'F',
      weight: 170,
      height: 64,
      lengthUnit: 'in',
      massUnit: 'lb',
    },
  });
  const bmp = await nurse.must('labs.add', { patientId, item: metabolicPanel });
  potassiumPanelId = bmp.id;
  const lipids = await nurse.must('labs.add', {
    patientId,
    item: {
      name: 'Lipid panel',
      collectedAt: '2026-01-05',
      analytes: [
        { analyte: 'LDL cholesterol', value: '190', unit: 'mg/dL', referenceRange: '<130' },
        { analyte: 'HDL cholesterol', value: '55', unit: 'mg/dL', referenceRange: '>40' },
      ],
    },
  });
  lipidPanelId = lipids.id;
  otherChartPanelId = (
    await nurse.must('labs.add', {
      patientId: otherPatientId,
      item: { name: 'CBC', collectedAt: '2026-01-02', analytes: [{ analyte: 'Hemoglobin', value: '13.5' }] },
    })
  ).id;

  const noteOn = (id: number, date: string, type: 'office-visit' | 'follow-up', texts: string[]) =>
    draftNote(doctor, author, { patientId: id, date, type }, texts);
  const signed = await noteOn(patientId, '2026-03-02', 'office-visit', [
    'Headaches for two weeks.\nWorse in the morning.',
    'BP 152/96. Alert, no focal deficits.',
    'Hypertension, not at goal. <script>alert("x")</script> & more',
  ]);
  await signWithAddendum(doctor, patientId, signed, 'Potassium result reviewed by phone: repeat BMP in one week.');
  signedNoteId = signed.noteId;
  draftNoteId = (await noteOn(patientId, '2026-03-05', 'follow-up', ['Draft follow-up text, still being written.']))
    .noteId;
  otherChartNoteId = (await noteOn(otherPatientId, '2026-03-01', 'office-visit', ['Another patient entirely.'])).noteId;

  bookAnnualPhysical(scheduleRows(practice.app, zone), patientId, author.providerId);

  repositories.disclosures.insertDisclosure(store().db, {
    patientId,
    at: '2026-03-03T15:00:00.000Z',
    medium: 'fax',
    recipientName: 'Dr. Helen Ortiz',
    recipientOrganisation: 'Bay City Cardiology',
    recipientFax: '(555) 010-3001',
    purpose: 'continuity-of-care',
    items: JSON.stringify(['Medication list', 'Visit note 03/02/2026, Office visit (signed)']),
    pageCount: 3,
    userId: author.providerId,
  });

  // 300 results over six panels, every tenth one high.
  for (let panel = 0; panel < 6; panel++) {
    await nurse.must('labs.add', {
      patientId: longPatientId,
      item: {
        name: `Chemistry panel ${panel + 1}`,
        collectedAt: `2025-0${panel + 1}-15T07:30`,
        analytes: Array.from({ length: 50 }, (_, index) => ({
          analyte: `Analyte ${panel + 1}-${index + 1}`,
          value: index % 10 === 0 ? '12.5' : '5.0',
          unit: 'mmol/L',
          referenceRange: '3.0-10.0',
        })),
      },
    });
  }
}, 180_000);

afterAll(async () => {
  await pdf?.close();
  practice?.cleanup();
});

describe('chart documents', () => {
  it('prints the chart summary: problems, medications, allergies, vitals and labs flagged in words, notes, next visit', async () => {
    const rendered = await render(patientId, { kind: 'chart-summary' }, 'chart-summary');
    expectFramed(rendered, lopez);
    const { text } = rendered;
    expect(rendered.document.logLabel).toBe('Chart summary');
    expect(text).toContain('Essential (primary) hypertension');
    expect(text).toContain('Type 2 diabetes mellitus without complications');
    expect(text).not.toContain('Unspecified asthma');
    expect(text).toContain('Lisinopril 10 mg');
    expect(text).toContain('1 tablet, Oral (by mouth), once daily');
    expect(text).toContain('2 tablet, twice daily');
    expect(text).not.toContain('Hydrocortisone');
    expect(text).toMatch(/Penicillin Drug Hives Severe/);
    expect(text).toMatch(/Systolic 152 mmHg High/);
    expect(text).toMatch(/Diastolic 96 mmHg High/);
    expect(text).toContain('98.6 °F');
    expect(text).toContain('170.0 lb');
    expect(text).toContain('Potassium 5.9 mmol/L: High');
    expect(text).toContain('Glucose 62 mg/dL: Low');
    expect(text).toContain('LDL cholesterol 190 mg/dL: High');
    expect(text).toContain('03/05/2026');
    expect(text).toContain('Draft (not signed)');
    expect(text).toContain('Headaches for two weeks.');
    expect(text).toMatch(/at 9:30 AM: Annual physical with Dr\. Jun Park \(Scheduled\)/);
  });

  it('prints the demographic sheet with contact details, the emergency contact and the insurance', async () => {
    const rendered = await render(patientId, { kind: 'demographics' }, 'demographics');
    expectFramed(rendered, lopez);
    const { text } = rendered;
    expect(text).toContain('Legal name Maria Elena Lopez');
    expect(text).toContain('Preferred name Mari');
    expect(text).toMatch(/Date of birth 03\/04\/1980 \(age \d+\)/);
    expect(text).toContain('Sex Female');
    expect(text).toMatch(/Medical record number \(MRN\) \d+/);
    expect(text).toContain('5 Elm St');
    expect(text).toContain('Springfield, IL 62701');
    expect(text).toContain('Mobile phone (217) 555-0142');
    expect(text).toContain('Home phone (217) 555-0199');
    expect(text).toContain('Email maria.lopez@example.org');
    expect(text).toContain('Name Jose Lopez');
    expect(text).toContain('Relationship Husband');
    expect(text).toContain('Payer Prairie Health Plan');
    expect(text).toContain('Member ID PHP-448812');
    expect(text).toContain('Work phone Not recorded');
  });

  it('prints the problem list with active and resolved problems apart', async () => {
    const rendered = await render(patientId, { kind: 'problem-list' }, 'problem-list');
    expectFramed(rendered, lopez);
    const { text } = rendered;
    expect(text).toContain('Active problems (2)');
    expect(text).toContain('Resolved problems (1)');
    expect(text.indexOf('I10')).toBeLessThan(text.indexOf('Resolved problems (1)'));
    expect(text.indexOf('J45.909')).toBeGreaterThan(text.indexOf('Resolved problems (1)'));
    expect(text).toContain('Diet controlled until 2024');
    expect(text).toContain('I10 Essential (primary) hypertension 04/01/2019');
  });

  it('prints the medication list with doses, current and stopped apart', async () => {
    const rendered = await render(patientId, { kind: 'medication-list' }, 'medication-list');
    expectFramed(rendered, lopez);
    const { text } = rendered;
    expect(text).toContain('Current medications (2)');
    expect(text).toContain('Stopped and completed (1)');
    expect(text).toContain('Metformin 500 mg');
    expect(text).toContain('Uncoded (typed as free text)');
    expect(text.indexOf('Hydrocortisone cream')).toBeGreaterThan(text.indexOf('Stopped and completed (1)'));
    expect(text).toContain('01/01/2019');
    expect(text).toContain('Not yet reviewed with the patient in Chartroom.');
  });

  it('prints the allergy list in each of its three states', async () => {
    const listed = await render(patientId, { kind: 'allergy-list' }, 'allergy-list');
    expectFramed(listed, lopez);
    expect(listed.text).toMatch(/Penicillin Drug Hives Severe/);
    const none = await render(noAllergiesPatientId, { kind: 'allergy-list' }, 'allergy-list-nka');
    expect(none.text).toMatch(/No known allergies \(recorded \d\d\/\d\d\/\d{4} .+ by Amy Nurse\)/);
    const unknown = await render(emptyPatientId, { kind: 'allergy-list' }, 'allergy-list-not-recorded');
    expect(unknown.text).toContain('Allergies not recorded.');
    expect(unknown.text).not.toContain('No known allergies');
  });

  it('prints the immunization record, a refusal with its reason', async () => {
    const rendered = await render(patientId, { kind: 'immunization-record' }, 'immunization-record');
    expectFramed(rendered, lopez);
    const { text } = rendered;
    expect(text).toContain('CVX 150');
    expect(text).toContain('Given here');
    expect(text).toContain('0.5 mL, Intramuscular (IM), Left deltoid');
    expect(text).toContain('Lot FL2291');
    expect(text).toContain('Sanofi Pasteur');
    expect(text).toContain('Refused Reason: Patient declined today');
  });

  it('prints every lab result with its units, range and flag in words; chosen panels only when chosen', async () => {
    const all = await render(patientId, { kind: 'lab-report' }, 'lab-report');
    expectFramed(all, lopez);
    expect(all.document.logLabel).toBe('Lab results report (all panels: 2)');
    expect(all.text).toContain('Sodium 140 mmol/L 135-145 Normal');
    expect(all.text).toContain('Potassium 5.9 mmol/L 3.5-5.1 High');
    expect(all.text).toContain('Glucose 62 mg/dL 70-99 Low');
    expect(all.text).toContain('LDL cholesterol 190 mg/dL <130 High');
    expect(all.text).toContain('Performed by Springfield Reference Lab');
    expect(all.text).toContain('3 results are flagged outside the reference range');
    expect(all.text.indexOf('Basic metabolic panel')).toBeLessThan(all.text.indexOf('Lipid panel'));

    const chosen = await render(patientId, { kind: 'lab-report', panelIds: [lipidPanelId] }, 'lab-report-chosen');
    expect(chosen.document.logLabel).toBe('Lab results report: Lipid panel 01/05/2026');
    expect(chosen.text).toContain('LDL cholesterol');
    expect(chosen.text).not.toContain('Potassium');
  });

  it('prints a signed visit note with its signature, hash line and addendum, and escapes what was typed', async () => {
    const rendered = await render(patientId, { kind: 'visit-note', noteId: signedNoteId }, 'visit-note-signed');
    expectFramed(rendered, lopez);
    const { text, document } = rendered;
    expect(document.logLabel).toBe('Visit note 03/02/2026, Office visit (signed)');
    expect(document.unsignedNote).toBeUndefined();
    expect(text).not.toContain('PRELIMINARY');
    expect(text).toContain('Date of service 03/02/2026');
    expect(text).toContain('Encounter type Office visit');
    expect(rendered.lines).toContain('Headaches for two weeks.\nWorse in the morning.');
    expect(text).toContain('<script>alert("x")</script> & more');
    expect(document.body.toString()).not.toContain('<script>');
    expect(text).toMatch(/Electronically signed by Dr\. Jun Park on \d\d\/\d\d\/\d{4} \d{1,2}:\d\d [AP]M\./);
    expect(text).toMatch(/Content hash \(SHA-256\): [0-9a-f]{64}/);
    expect(text).toContain('Signature verified when printed');
    expect(text).toContain('Addenda (1)');
    expect(text).toContain('Addendum by Dr. Jun Park');
    expect(text).toContain('Potassium result reviewed by phone: repeat BMP in one week.');
  });

  it('marks an unsigned note PRELIMINARY at its top and names it for the warning', async () => {
    const rendered = await render(patientId, { kind: 'visit-note', noteId: draftNoteId }, 'visit-note-preliminary');
    expectFramed(rendered, lopez);
    const { text, document } = rendered;
    expect(document.logLabel).toBe('Visit note 03/05/2026, Follow-up (PRELIMINARY, not signed)');
    expect(document.unsignedNote).toBe(document.logLabel);
    const body = rendered.pages[0]!.slice(rendered.pages[0]!.indexOf('Visit note · 03/05/2026'));
    expect(body.split('\n')[1]).toBe('PRELIMINARY — not signed');
    expect(text).toContain('Draft follow-up text, still being written.');
    expect(text).toContain('Not signed.');
    expect(text).not.toContain('Electronically signed');
  });

  it("refuses a note or a lab panel from another patient's chart, or one that does not exist", () => {
    const context = contextFor(patientId);
    const refused: ReleaseItem[] = [
      { kind: 'visit-note', noteId: otherChartNoteId },
      { kind: 'visit-note', noteId: 999_999 },
      { kind: 'lab-report', panelIds: [potassiumPanelId, otherChartPanelId] },
      { kind: 'lab-report', panelIds: [999_999] },
    ];
    for (const item of refused) {
      expect(() => loadReleaseDocument(store(), context, item), JSON.stringify(item)).toThrow(
        expect.objectContaining({
          code: 'NOT_FOUND',
          field: 'items',
          message:
            'A chosen ' +
            (item.kind === 'visit-note' ? 'note' : 'lab panel') +
            " is not on Maria Elena Lopez's chart. Reload the chart and choose the documents again.",
        }),
      );
    }
  });

  it('prints a referral letter to the recipient, with the letter as typed, an enclosed summary and the signature', async () => {
    const rendered = await render(
      patientId,
      {
        kind: 'referral-letter',
        subject: 'Cardiology consultation for resistant hypertension',
        body: 'Dear Dr. Ortiz,\n\nThank you for seeing Ms. Lopez.\nHer blood pressure stays high on lisinopril.\n\nPlease advise on next steps.',
      },
      'referral-letter',
    );
    expectFramed(rendered, lopez);
    const { text, document } = rendered;
    expect(document.logLabel).toBe('Referral letter: Cardiology consultation for resistant hypertension');
    expect(rendered.lines).toContain(
      'Dr. Helen Ortiz\nBay City Cardiology\n40 Harbor Way\nBay City, MI 48706\nPhone (555) 010-3000\nFax (555) 010-3001',
    );
    expect(text).toContain('Re: Maria Elena Lopez, DOB 03/04/1980');
    expect(text).toContain('Reason for referral: Cardiology consultation for resistant hypertension');
    expect(rendered.lines).toContain('Thank you for seeing Ms. Lopez.\nHer blood pressure stays high on lisinopril.');
    expect(document.body.toString()).toMatch(/<p class="text">Dear Dr. Ortiz,<\/p>\s*<p class="text">Thank you/);
    expect(text).toContain('Sincerely,');
    expect(rendered.lines).toContain('Dr. Jun Park\nTest Family Practice');
    expect(text).toContain('Essential (primary) hypertension');
    expect(text).toContain('Lisinopril 10 mg');
    expect(text).toContain('Penicillin');
  });

  it('prints the accounting of disclosures, and says so when there are none', async () => {
    const rendered = await render(patientId, { kind: 'disclosure-accounting' }, 'disclosure-accounting');
    expectFramed(rendered, lopez);
    const { text } = rendered;
    expect(text).toContain('03/03/2026 9:00 AM');
    expect(text).toContain('Dr. Helen Ortiz');
    expect(text).toContain('Continuity of care');
    expect(text).toContain('Medication list');
    expect(text).toContain('Visit note 03/02/2026, Office visit (signed)');
    expect(text).toContain('Fax packet');
    expect(text).toContain('3 pages');
    const none = await render(emptyPatientId, { kind: 'disclosure-accounting' }, 'disclosure-accounting-empty');
    expect(none.text).toContain('No disclosures recorded.');
  });

  it('says plainly what an empty chart holds', async () => {
    const summary = await render(emptyPatientId, { kind: 'chart-summary' }, 'chart-summary-empty');
    for (const words of [
      'No active problems recorded.',
      'No current medications recorded.',
      'Allergies not recorded.',
      'No vital signs recorded.',
      'No lab results recorded.',
      'No notes written.',
      'No appointment booked.',
    ])
      expect(summary.text).toContain(words);
    const immunizations = await render(emptyPatientId, { kind: 'immunization-record' }, 'immunization-record-empty');
    expect(immunizations.text).toContain('No immunizations recorded.');
    const labs = await render(emptyPatientId, { kind: 'lab-report' }, 'lab-report-empty');
    expect(labs.text).toContain('No lab results recorded.');
    expect(labs.document.logLabel).toBe('Lab results report (all panels: 0)');
  });

  it('prints 300 lab results over several pages, each with the header, the table heading and "Page X of Y"', async () => {
    const rendered = await render(longPatientId, { kind: 'lab-report' }, 'lab-report-long');
    expect(rendered.pages.length).toBeGreaterThanOrEqual(6);
    expectFramed(rendered, 'Chart, Long · DOB 06/06/1960 · MRN');
    for (const [index, page] of rendered.pages.entries()) {
      expect(page, `page ${index + 1}`).toContain('Test Result Units Reference range Flag');
      expect(page).not.toMatch(new RegExp(`Page \\d+ of (?!${rendered.pages.length}\\b)`));
    }
    for (let panel = 1; panel <= 6; panel++) {
      for (const index of [1, 25, 50]) {
        const value = (index - 1) % 10 === 0 ? '12.5 mmol/L 3.0-10.0 High' : '5.0 mmol/L 3.0-10.0 Normal';
        expect(rendered.text).toContain(`Analyte ${panel}-${index} ${value}`);
      }
    }
    expect(rendered.text).toContain('30 results are flagged outside the reference range');
  });
});

describe('patient archive', () => {
  it('is one self-contained page with the whole record, the notes newest first with their addenda', () => {
    const page = patientArchiveHtml(store(), contextFor(patientId));
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import|https?:/i);
    expect(page).toContain('<b>Test Family Practice</b>');
    expect(page).toMatch(/Exported \d\d\/\d\d\/\d{4} \d{1,2}:\d\d [AP]M/);
    for (const heading of [
      'Patient demographic sheet',
      'Chart summary',
      'Problem list',
      'Medication list',
      'Allergy list',
      'Immunization record',
      'Vital signs',
      'Lab results report',
      'Notes (2), newest first',
      'Appointment history',
      'Accounting of disclosures',
    ])
      expect(page, heading).toContain(`<h1>${heading}`);
    expect(page.indexOf('Draft follow-up text')).toBeLessThan(page.indexOf('Headaches for two weeks.'));
    expect(page).toContain('Potassium result reviewed by phone');
    expect(page).toContain('PRELIMINARY — not signed');
    expect(page).toContain('Annual physical');
    expect(page).toContain('Potassium');
    expect(page).not.toContain('Another patient entirely.');
  });

  it('prints typed markup as text', () => {
    const page = patientArchiveHtml(store(), contextFor(patientId));
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
    expect(page).not.toContain('<script>alert');
  });

  it('renders in a browser with the record readable, and prints on Letter pages', async () => {
    const page = patientArchiveHtml(store(), contextFor(patientId));
    // Printed from a browser, as staff would during downtime: no running header, the archive's own heading.
    const bytes = await pdf.htmlToPdf(
      page,
      pdfOptions({ headerTemplate: '<span></span>', footerTemplate: '<span></span>' }),
    );
    savePdfPages(bytes, 'patient-archive');
    const text = (await pdfPageTexts(bytes)).join('\n');
    expect(text).toContain('Patient record: Lopez, Maria Elena · DOB 03/04/1980');
    expect(text).toContain('Potassium 5.9 mmol/L 3.5-5.1 High');
    expect(text).toContain('Potassium result reviewed by phone: repeat BMP in one week.');
  });
});
