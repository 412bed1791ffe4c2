import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../../db';
import type { InputOf } from '../../../electron/contract/procedures';
import { savePdfPages } from '../../helpers/pdf-png';
import { pdfPageTexts } from '../../helpers/pdf-text';
import {
  type Caller,
  createTestPractice,
  registerChartPair,
  staffPasswords,
  type TestPractice,
} from '../../helpers/practice';
import { cardiologyRecipient } from '../../helpers/realistic-chart';
import { auditRowsAfter, countRows, lastAuditId } from '../../helpers/sentinel';

/**
 * Releasing records (issue 6): a packet of chart documents rendered to one fax-ready PDF through the
 * real router, store and system Chromium, then recorded as a disclosure when it leaves. The PDF's
 * text is read back to check the running header, the page numbers and the cover sheet.
 */
let practice: TestPractice;
let frontDesk: Caller;
let doctor: Caller;
let patientId: number;
let otherPatientId: number;
let signedNoteId: number;
let draftNoteId: number;
let otherChartNoteId: number;

const sqlite = () => practice.app.services.vault.store.db.$client;
const recipient = cardiologyRecipient;
type ReleaseInput = InputOf<'release.prepare'>;
const packet = (overrides: Partial<ReleaseInput> = {}): ReleaseInput => ({
  patientId,
  items: [{ kind: 'medication-list' }, { kind: 'problem-list' }],
  recipient,
  purpose: 'continuity-of-care',
  ...overrides,
});
const pagesOf = async (pdfBase64: string) => pdfPageTexts(Buffer.from(pdfBase64, 'base64'));

beforeAll(async () => {
  practice = await createTestPractice();
  frontDesk = await practice.signIn('front_desk');
  doctor = await practice.signIn('physician');
  ({ patientId, otherPatientId } = await registerChartPair(doctor));
  const physicianId = (await (await practice.signIn('office_manager')).must('users.list', {})).find(
    (user) => user.username === staffPasswords.physician.username,
  )!.id;
  const soapId = (await doctor.must('noteTemplates.list', {})).find((template) => template.isDefault)!.id;
  const noteOn = async (chart: number, date: string) => {
    const encounterId = (
      await doctor.must('encounters.add', {
        patientId: chart,
        item: { date, providerId: physicianId, type: 'office-visit', reason: 'Follow-up' },
      })
    ).id;
    return doctor.must('notes.create', { patientId: chart, encounterId, templateId: soapId });
  };
  const signed = await noteOn(patientId, '2026-02-02');
  await doctor.must('notes.sign', {
    patientId,
    noteId: signed.id,
    expectedVersion: signed.version,
    sections: signed.sections.map((section) => ({
      title: section.title,
      text: section.title === 'Assessment' ? 'Hypertension, well controlled.' : section.text,
    })),
  });
  signedNoteId = signed.id;
  draftNoteId = (await noteOn(patientId, '2026-03-02')).id;
  otherChartNoteId = (await noteOn(otherPatientId, '2026-03-02')).id;
  for (let n = 0; n < 40; n++) {
    await doctor.must('medications.add', {
      patientId,
      item: { name: `Test medication ${n + 1}`, strength: `${n + 1} mg`, status: 'active' },
    });
  }
});
afterAll(() => practice.cleanup());

describe('a records packet', () => {
  it('lists what the chart offers without its content: notes with their signed state, and counts', async () => {
    const items = await frontDesk.must('release.items', { patientId });
    expect(items.notes.map((note) => note.signed)).toEqual([false, true]);
    expect(items.notes[1]?.label).toMatch(/^02\/02\/2026 · Office visit · SOAP · /);
    expect(items.counts).toMatchObject({ medications: 40, disclosures: 0 });
  });

  it('puts the patient, "Page X of Y" and the notice on every page, after a cover sheet that counts them all', async () => {
    const before = lastAuditId(sqlite());
    const prepared = await frontDesk.must(
      'release.prepare',
      packet({ coverSheet: true, coverMessage: 'Records you asked for on 3/2.' }),
    );
    const pages = await pagesOf(prepared.pdfBase64);
    await savePdfPages(Buffer.from(prepared.pdfBase64, 'base64'), 'release-packet');
    expect(pages.length).toBe(prepared.pageCount);
    expect(prepared.pageCount).toBeGreaterThan(2);
    pages.forEach((text, index) => {
      expect(text).toContain('Lopez, Maria');
      expect(text).toMatch(/DOB \d{2}\/\d{2}\/\d{4} · MRN \d+/);
      expect(text).toContain(`Page ${index + 1} of ${prepared.pageCount}`);
      expect(text).toContain('CONFIDENTIAL');
    });
    const cover = pages[0] ?? '';
    expect(cover).toContain('FAX');
    expect(cover).toContain('Dr. Helen Ortiz');
    expect(cover).toContain('(555) 010-3001');
    expect(cover).toMatch(new RegExp(`Pages ${prepared.pageCount}\\s+including this cover sheet`));
    expect(cover).toContain('Records you asked for on 3/2.');
    expect(cover).toContain('Continuity of care');
    expect(pages.join('\n')).toContain('Test medication 40');
    // Previewing is audited, but nothing has left the practice yet.
    expect(auditRowsAfter(sqlite(), before).map((row) => row.action)).toEqual(['release.preview']);
    expect(countRows(sqlite(), 'disclosures')).toBe(0);
  });

  it('records one disclosure with its audit row when the packet is faxed, and lists it in the accounting', async () => {
    const prepared = await frontDesk.must('release.prepare', packet({ coverSheet: true }));
    const before = lastAuditId(sqlite());
    const disclosure = await frontDesk.must('release.record', { packetId: prepared.packetId, medium: 'fax' });
    expect(disclosure).toMatchObject({
      patientId,
      medium: 'fax',
      purpose: 'continuity-of-care',
      pageCount: prepared.pageCount,
      recipient: { name: 'Dr. Helen Ortiz', fax: '(555) 010-3001', organisation: 'Bay City Cardiology' },
      username: staffPasswords.front_desk.username,
    });
    expect(disclosure.items).toEqual([
      'Fax cover sheet',
      expect.stringMatching(/Medication list/),
      expect.stringMatching(/Problem list/),
    ]);
    const audit = auditRowsAfter(sqlite(), before);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'release.disclose', patientId, outcome: 'success' });
    const accounting = await frontDesk.must('release.disclosures', { patientId });
    expect(accounting.map((row) => row.id)).toContain(disclosure.id);
    expect(await frontDesk.must('release.disclosures', { patientId: otherPatientId })).toEqual([]);
  });

  it('warns before an unsigned note leaves, and prints it marked PRELIMINARY when staff go ahead', async () => {
    const items = [
      { kind: 'visit-note', noteId: draftNoteId },
      { kind: 'visit-note', noteId: signedNoteId },
    ] as const;
    const refused = await doctor.call('release.prepare', packet({ items: [...items] }));
    expect(refused.ok ? '' : refused.error.code).toBe('CONFIRMATION_REQUIRED');
    expect(refused.ok ? '' : refused.error.message).toMatch(
      /not signed: .*03\/02\/2026.*marked PRELIMINARY, or leave it out/,
    );
    const prepared = await doctor.must('release.prepare', packet({ items: [...items], releasePreliminary: true }));
    expect(prepared.preliminaryNotes).toHaveLength(1);
    const text = (await pagesOf(prepared.pdfBase64)).join('\n');
    expect(text).toMatch(/PRELIMINARY/);
    expect(text).toContain('Hypertension, well controlled.');
  });

  it('refuses a note from another chart, naming nothing of it', async () => {
    const result = await frontDesk.call(
      'release.prepare',
      packet({ items: [{ kind: 'visit-note', noteId: otherChartNoteId }] }),
    );
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
  });

  it.each([
    ['an empty packet', { items: [] }, 'items', /packet is empty/],
    ['a missing recipient', { recipient: { ...recipient, name: '  ' } }, 'recipient.name', /Enter the recipient name/],
    [
      'a fax number that is not a number',
      { recipient: { ...recipient, fax: 'call Helen' } },
      'recipient.fax',
      /fax number as a number/,
    ],
    [
      'a cover sheet with no fax number',
      { coverSheet: true, recipient: { ...recipient, fax: '' } },
      'recipient.fax',
      /cover sheet needs/,
    ],
    ['"other" with no purpose given', { purpose: 'other' as const }, 'purposeDetail', /Say what the records are for/],
  ])('refuses %s with a message on the field and writes nothing', async (_, overrides, field, message) => {
    const before = lastAuditId(sqlite());
    const result = await frontDesk.call('release.prepare', packet(overrides as Partial<ReleaseInput>));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BAD_REQUEST');
    expect(result.error.field).toBe(field);
    expect(result.error.message).toMatch(message);
    expect(auditRowsAfter(sqlite(), before).filter((row) => row.action !== 'access.denied')).toEqual([]);
  });

  it('releases to the patient as recipient with a 7-digit local phone number, as the patient form takes it', async () => {
    const prepared = await frontDesk.must(
      'release.prepare',
      packet({
        items: [{ kind: 'disclosure-accounting' }],
        recipient: { name: 'Maria Lopez', organisation: '', address: '12 Elm St', phone: '555-0142', fax: '' },
        purpose: 'patient-request',
      }),
    );
    const disclosure = await frontDesk.must('release.record', { packetId: prepared.packetId, medium: 'print' });
    expect(disclosure.recipient).toMatchObject({ name: 'Maria Lopez', phone: '555-0142' });
  });

  it('records a packet only for the user who prepared it', async () => {
    const prepared = await frontDesk.must('release.prepare', packet());
    const result = await doctor.call('release.record', { packetId: prepared.packetId, medium: 'print' });
    expect(result.ok ? '' : result.error.code).toBe('NOT_FOUND');
  });

  it('keeps the disclosure log append-only at the database', () => {
    expect(() => sqlite().prepare("UPDATE disclosures SET recipient_name = 'x'").run()).toThrow(/never changed/);
    expect(() => sqlite().prepare('DELETE FROM disclosures').run()).toThrow(/never deleted/);
  });
});

describe('the letterhead logo', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

  it('is checked by content, saved by the office manager, and printed on the documents', async () => {
    const manager = await practice.signIn('office_manager');
    const wrong = await manager.call('practice.setLetterheadLogo', {
      logo: { mediaType: 'image/jpeg', base64: png.toString('base64') },
    });
    expect(wrong.ok ? '' : wrong.error.message).toMatch(/not a JPEG image/);
    await manager.must('practice.setLetterheadLogo', {
      logo: { mediaType: 'image/png', base64: png.toString('base64') },
    });
    expect(await frontDesk.must('practice.letterheadLogo', {})).toEqual({
      mediaType: 'image/png',
      base64: png.toString('base64'),
    });
    // Every request reads the practice row (idle limit, zone); the logo is read only where it is printed.
    expect(repositories.practice.getPractice(practice.app.services.vault.store.db)).not.toHaveProperty(
      'letterheadLogo',
    );
    const prepared = await frontDesk.must('release.prepare', packet({ items: [{ kind: 'demographics' }] }));
    expect(Buffer.from(prepared.pdfBase64, 'base64').toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    await manager.must('practice.setLetterheadLogo', { logo: null });
    expect(await frontDesk.must('practice.letterheadLogo', {})).toBeNull();
  });
});
