import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteDto } from '../../../electron/contract/notes';
import {
  type Caller,
  createTestPractice,
  registerChartPair,
  staffPasswords,
  type TestPractice,
} from '../../helpers/practice';
import { auditRowsAfter, lastAuditId } from '../../helpers/sentinel';

/**
 * Issue 4, notes: templates with smart inserts, drafts saved as typed, signing (physicians only),
 * co-signature by the named physician, addenda, retire, audit, and the wrong-patient guard.
 */
describe('notes', () => {
  let practice: TestPractice;
  let doctor: Caller;
  let secondDoctor: Caller;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;
  let physicianId = 0;
  let secondPhysicianId = 0;
  let encounterId = 0;
  let soapId = 0;
  const sqlite = () => practice.app.services.vault.store.sqlite;
  const noteCount = () => (sqlite().prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n;

  beforeAll(async () => {
    practice = await createTestPractice();
    const admin = await practice.signIn('office_manager');
    const second = await admin.must('users.create', {
      username: 'drlee',
      fullName: 'Dr. Ana Lee',
      role: 'physician',
      password: 'harbor-violet-28',
    });
    secondPhysicianId = second.id;
    sqlite().prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(second.id);
    physicianId = (await admin.must('users.list', {})).find(
      (u) => u.username === staffPasswords.physician.username,
    )!.id;
    doctor = await practice.signIn('physician');
    nurse = await practice.signIn('nurse');
    secondDoctor = practice.connect();
    await secondDoctor.must('auth.login', { username: 'drlee', password: 'harbor-violet-28' });
    ({ patientId, otherPatientId } = await registerChartPair(doctor));
    encounterId = (
      await doctor.must('encounters.add', {
        patientId,
        item: { date: '2026-03-02', providerId: physicianId, type: 'office-visit', reason: 'Cough' },
      })
    ).id;
    soapId = (await nurse.must('noteTemplates.list', {})).find((t) => t.isDefault)!.id;
  });
  afterAll(() => practice.cleanup());

  /**
   * The chart's current data, written straight into the tables (as each chart service stores it) so
   * these tests do not depend on the other chart services; retired, stopped and resolved rows beside.
   */
  const seedChart = () => {
    const now = new Date().toISOString();
    const insertVitals = sqlite().prepare(
      `INSERT INTO vitals (patient_id, taken_at, systolic, diastolic, heart_rate, temperature_c, spo2, height_cm, weight_kg, retired, retired_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insertVitals.run(patientId, '2026-03-02T09:10:00.000Z', 128, 82, 72, 37, 98, 170, 80, 0, '', now, now);
    // A newer reading retired as entered in error: never inserted into a note.
    insertVitals.run(
      patientId,
      '2026-03-02T09:20:00.000Z',
      300,
      20,
      72,
      37,
      98,
      170,
      80,
      1,
      'entered in error',
      now,
      now,
    );
    const insertMedication = sqlite().prepare(
      `INSERT INTO medications (patient_id, name, strength, dose_amount, dose_unit, route, frequency, status, retired, retired_reason, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insertMedication.run(
      patientId,
      'Lisinopril',
      '10 mg',
      1,
      'tablet',
      'by mouth',
      'once daily',
      'active',
      0,
      '',
      now,
      now,
    );
    insertMedication.run(
      patientId,
      'Amoxicillin',
      '500 mg',
      1,
      'capsule',
      'by mouth',
      'three times daily',
      'stopped',
      0,
      '',
      now,
      now,
    );
    insertMedication.run(
      patientId,
      'Warfarin',
      '5 mg',
      1,
      'tablet',
      'by mouth',
      'daily',
      'active',
      1,
      'entered in error',
      now,
      now,
    );
    sqlite()
      .prepare(
        `INSERT INTO allergies (patient_id, substance, category, reaction, severity, status, created_at, updated_at)
         VALUES (?, 'Penicillin', 'drug', 'Hives', 'severe', 'active', ?, ?), (?, 'Latex', 'environmental', '', 'mild', 'retired', ?, ?)`,
      )
      .run(patientId, now, now, patientId, now, now);
    const insertProblem = sqlite().prepare(
      `INSERT INTO problems (patient_id, code, description, onset, clinical_status, retired, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insertProblem.run(patientId, 'I10', 'Essential (primary) hypertension', '2019-04-01', 'active', 0, now, now);
    insertProblem.run(patientId, 'J02.9', 'Acute pharyngitis, unspecified', '', 'resolved', 0, now, now);
    insertProblem.run(patientId, 'E11.9', 'Type 2 diabetes mellitus without complications', '', 'active', 1, now, now);
  };

  const sectionsOf = (note: NoteDto, edit: Record<string, string> = {}) =>
    note.sections.map((s) => ({ title: s.title, text: edit[s.title] ?? s.text }));

  describe('templates', () => {
    it('ships SOAP as the default, active template with smart inserts', async () => {
      const [soap] = await nurse.must('noteTemplates.list', {});
      expect(soap).toMatchObject({ name: 'SOAP', isDefault: true, active: true });
      expect(soap!.sections.map((s) => s.title)).toEqual(['Subjective', 'Objective', 'Assessment', 'Plan']);
      expect(soap!.sections.map((s) => s.text).join('')).toMatch(
        /\{\{vitals\}\}.*\{\{problems\}\}.*\{\{medications\}\}.*\{\{allergies\}\}/s,
      );
    });

    it('saves a new template and a new version of it, audited, and refuses bad ones with the reason', async () => {
      const before = lastAuditId(sqlite());
      const created = await doctor.must('noteTemplates.save', {
        name: 'Telephone call',
        sections: [{ title: 'Call', text: 'Caller: \nMedications: {{medications}}' }],
      });
      expect(created).toMatchObject({ version: 1, isDefault: false, active: true });
      const saved = await doctor.must('noteTemplates.save', {
        templateId: created.id,
        expectedVersion: 1,
        name: 'Telephone encounter',
        sections: [
          { title: 'Call', text: 'Caller: ' },
          { title: 'Advice', text: '' },
        ],
      });
      expect(saved).toMatchObject({ version: 2, name: 'Telephone encounter' });
      expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.detail])).toEqual([
        ['template.save', 'v1'],
        ['template.save', 'v2'],
      ]);
      const stale = await doctor.call('noteTemplates.save', {
        templateId: created.id,
        expectedVersion: 1,
        name: 'Telephone',
        sections: [{ title: 'Call', text: '' }],
      });
      expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
      const bad: [unknown, RegExp][] = [
        [{ name: '', sections: [{ title: 'A', text: '' }] }, /Enter the template name/],
        [{ name: 'Empty', sections: [] }, /at least one section/],
        [{ name: 'Untitled', sections: [{ title: ' ', text: 'x' }] }, /Enter the section title/],
        [{ name: 'Typo', sections: [{ title: 'A', text: '{{vital}}' }] }, /smart insert Chartroom does not know/],
        [
          {
            name: 'Twice',
            sections: [
              { title: 'A', text: '' },
              { title: 'a', text: '' },
            ],
          },
          /same title/,
        ],
        [{ name: 'SOAP', sections: [{ title: 'A', text: '' }] }, /already exists/],
        [{ name: 'Long', sections: [{ title: 'A', text: 'x'.repeat(20_001) }] }, /too long/],
        [{ name: 'Nul', sections: [{ title: 'A', text: 'a\u0000b' }] }, /control characters/],
      ];
      const templatesBefore = (await doctor.must('noteTemplates.list', {})).length;
      for (const [input, message] of bad) {
        const result = await doctor.raw('noteTemplates.save', input);
        expect(result.ok ? '' : result.error.message).toMatch(message);
      }
      expect((await doctor.must('noteTemplates.list', {})).length).toBe(templatesBefore);
    });

    it('deactivates a template (never the default), and a nurse cannot edit templates', async () => {
      const telephone = (await doctor.must('noteTemplates.list', {})).find((t) => t.name === 'Telephone encounter')!;
      const off = await doctor.must('noteTemplates.setActive', {
        templateId: telephone.id,
        expectedVersion: telephone.version,
        active: false,
      });
      expect(off.active).toBe(false);
      const [setActiveRow] = auditRowsAfter(sqlite(), lastAuditId(sqlite()) - 1);
      expect(setActiveRow).toMatchObject({ action: 'template.set-active', detail: 'deactivated', patientId: null });
      const soap = (await doctor.must('noteTemplates.list', {})).find((t) => t.isDefault)!;
      const keepDefault = await doctor.call('noteTemplates.setActive', {
        templateId: soap.id,
        expectedVersion: soap.version,
        active: false,
      });
      expect(keepDefault.ok ? '' : keepDefault.error.message).toMatch(/default template; it stays active/);
      const refused = await nurse.call('noteTemplates.save', { name: 'Nurse', sections: [{ title: 'A', text: '' }] });
      expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
      const inactive = await nurse.call('notes.create', { patientId, encounterId, templateId: telephone.id });
      expect(inactive.ok ? '' : inactive.error.message).toMatch(/no longer in use/);
      expect(() => sqlite().prepare('DELETE FROM note_templates').run()).toThrow(/never deleted/);
    });
  });

  describe('writing a note', () => {
    let note: NoteDto;

    it('creates a note from SOAP with the current chart pulled in (retired and stopped items left out)', async () => {
      seedChart();
      const before = lastAuditId(sqlite());
      note = await nurse.must('notes.create', { patientId, encounterId, templateId: soapId });
      expect(note).toMatchObject({ status: 'draft', templateName: 'SOAP', authorName: staffPasswords.nurse.fullName });
      expect(note.integrity.state).toBe('unsigned');
      const text = note.sections.map((s) => s.text).join('\n');
      expect(text).not.toContain('{{');
      expect(text).toContain('BP 128/82, HR 72, Temp 98.6 °F, SpO2 98%, Ht 66.9 in, Wt 176.4 lb, BMI 27.7 (taken ');
      expect(text).not.toContain('300/20');
      expect(text).toContain('- Lisinopril 10 mg, 1 tablet by mouth once daily');
      expect(text).toContain('- Penicillin (Hives, severe)');
      expect(text).toContain('- I10 Essential (primary) hypertension (since 2019-04-01)');
      expect(text).not.toMatch(/Amoxicillin|Warfarin|Latex|J02\.9|E11\.9/);
      expect(auditRowsAfter(sqlite(), before)).toEqual([
        expect.objectContaining({ action: 'note.create', patientId, entityId: String(note.id) }),
      ]);
      const timeline = await doctor.must('encounters.list', { patientId });
      expect(timeline.active[0]?.notes).toEqual([
        expect.objectContaining({ id: note.id, status: 'draft', authorName: staffPasswords.nurse.fullName }),
      ]);
    });

    it('an empty chart inserts plain statements, never blanks', async () => {
      const other = await doctor.must('encounters.add', {
        patientId: otherPatientId,
        item: { date: '2026-03-02', providerId: physicianId, type: 'acute', reason: '' },
      });
      const empty = await doctor.must('notes.create', {
        patientId: otherPatientId,
        encounterId: other.id,
        templateId: soapId,
      });
      const text = empty.sections.map((s) => s.text).join('\n');
      for (const phrase of [
        'No vitals recorded.',
        'No active medications.',
        'Allergies not recorded.',
        'No active problems.',
      ])
        expect(text).toContain(phrase);
    });

    it('saves drafts exactly as typed, without an audit row per save, and refuses a stale version', async () => {
      const before = lastAuditId(sqlite());
      const typed = 'Chief complaint: cough  \n\tdry, worse at night <script>alert(1)</script> ü 咳';
      const saved = await nurse.must('notes.saveDraft', {
        patientId,
        noteId: note.id,
        expectedVersion: note.version,
        sections: sectionsOf(note, { Subjective: typed }),
      });
      expect(saved.version).toBe(note.version + 1);
      expect(auditRowsAfter(sqlite(), before).filter((r) => r.action !== 'note.view')).toEqual([]);
      const read = await doctor.must('notes.get', { patientId, noteId: note.id });
      expect(read.sections[0]?.text).toBe(typed);
      expect(auditRowsAfter(sqlite(), before).map((r) => r.action)).toEqual(['note.view']);
      const stale = await doctor.call('notes.saveDraft', {
        patientId,
        noteId: note.id,
        expectedVersion: note.version,
        sections: sectionsOf(note),
      });
      expect(stale.ok ? '' : stale.error.message).toMatch(/saved from another window or by someone else/);
      note = read;
    });

    it('refuses malformed drafts and the wrong chart, and saves nothing', async () => {
      const cases: [unknown, RegExp][] = [
        [{ sections: [] }, /no sections/],
        [{ sections: [{ title: 'Subjective', text: 'x'.repeat(50_001) }] }, /too long/],
        [{ sections: sectionsOf(note, { Plan: 'bad \u0007 bell' }) }, /control characters/],
        [{ sections: [{ title: 'Other', text: '' }] }, /sections do not match/],
        [{ sections: sectionsOf(note), extra: 1 }, /unexpected fields/],
      ];
      for (const [overrides, message] of cases) {
        const result = await nurse.raw('notes.saveDraft', {
          patientId,
          noteId: note.id,
          expectedVersion: note.version,
          ...(overrides as object),
        });
        expect(result.ok ? '' : result.error.message).toMatch(message);
      }
      const wrongChart = await nurse.call('notes.saveDraft', {
        patientId: otherPatientId,
        noteId: note.id,
        expectedVersion: note.version,
        sections: sectionsOf(note, { Plan: 'wrong chart' }),
      });
      expect(wrongChart.ok ? '' : wrongChart.error.message).toMatch(/another patient's chart; nothing was changed/);
      const wrongEncounter = await nurse.call('notes.create', {
        patientId: otherPatientId,
        encounterId,
        templateId: soapId,
      });
      expect(wrongEncounter.ok ? '' : wrongEncounter.error.code).toBe('BAD_REQUEST');
      expect((await doctor.must('notes.get', { patientId, noteId: note.id })).version).toBe(note.version);
    });

    it('a nurse cannot sign; she sends the note to a named physician, and only that physician co-signs', async () => {
      const nurseSigns = await nurse.call('notes.sign', {
        patientId,
        noteId: note.id,
        expectedVersion: note.version,
        sections: sectionsOf(note),
      });
      expect(nurseSigns.ok ? '' : nurseSigns.error.code).toBe('FORBIDDEN');
      const toNurse = await nurse.call('notes.requestCosign', {
        patientId,
        noteId: note.id,
        expectedVersion: note.version,
        sections: sectionsOf(note),
        cosignerId: 1,
      });
      expect(toNurse.ok ? '' : toNurse.error.message).toMatch(/must be an active physician/);
      const before = lastAuditId(sqlite());
      const sent = await nurse.must('notes.requestCosign', {
        patientId,
        noteId: note.id,
        expectedVersion: note.version,
        sections: sectionsOf(note, { Plan: `${note.sections[3]!.text}Recheck in 2 weeks.` }),
        cosignerId: physicianId,
      });
      expect(sent).toMatchObject({ status: 'awaiting-cosign', cosignerName: staffPasswords.physician.fullName });
      expect(sent.integrity.message).toMatch(/Awaiting co-signature by Dr. Jun Park/);
      expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.detail])).toEqual([
        ['note.cosign-request', `co-signer ${physicianId}`],
      ]);
      const otherDoctor = await secondDoctor.call('notes.cosign', {
        patientId,
        noteId: sent.id,
        expectedVersion: sent.version,
        sections: sectionsOf(sent),
      });
      expect(otherDoctor.ok ? '' : otherDoctor.error.message).toMatch(/only they can co-sign it/);
      const signInstead = await secondDoctor.call('notes.sign', {
        patientId,
        noteId: sent.id,
        expectedVersion: sent.version,
        sections: sectionsOf(sent),
      });
      expect(signInstead.ok ? '' : signInstead.error.message).toMatch(/waiting for Dr. Jun Park's co-signature/);
      const beforeCosign = lastAuditId(sqlite());
      const cosigned = await doctor.must('notes.cosign', {
        patientId,
        noteId: sent.id,
        expectedVersion: sent.version,
        sections: sectionsOf(sent),
      });
      expect(cosigned).toMatchObject({
        status: 'signed',
        authorName: staffPasswords.nurse.fullName,
        signerName: staffPasswords.physician.fullName,
        integrity: { state: 'verified' },
      });
      expect(cosigned.sections[3]?.text).toMatch(/Recheck in 2 weeks\.$/);
      expect(auditRowsAfter(sqlite(), beforeCosign).map((r) => [r.action, r.detail])).toEqual([
        ['note.cosign', cosigned.contentHash],
      ]);
      expect(cosigned.contentHash).toMatch(/^[0-9a-f]{64}$/);
      note = cosigned;
    });

    it('a signed note refuses every edit with the addendum message', async () => {
      const write = {
        patientId,
        noteId: note.id,
        expectedVersion: note.version,
        sections: sectionsOf(note, { Plan: 'changed' }),
      };
      for (const name of ['notes.saveDraft', 'notes.sign', 'notes.cosign'] as const) {
        const result = await doctor.call(name, write);
        expect(result.ok ? '' : result.error.message, name).toBe(
          'This note is signed; add an addendum to correct or add to it.',
        );
      }
      const resend = await doctor.call('notes.requestCosign', { ...write, cosignerId: secondPhysicianId });
      expect(resend.ok ? '' : resend.error.message).toMatch(/This note is signed; add an addendum/);
    });

    it('adds addenda under the original, hashed and audited; refuses empty ones and addenda on drafts', async () => {
      const before = lastAuditId(sqlite());
      const withAddendum = await nurse.must('notes.addAddendum', {
        patientId,
        noteId: note.id,
        text: 'Patient called: cough resolved.',
      });
      expect(withAddendum.addenda).toEqual([
        expect.objectContaining({
          authorName: staffPasswords.nurse.fullName,
          text: 'Patient called: cough resolved.',
          verified: true,
        }),
      ]);
      expect(withAddendum.sections).toEqual(note.sections);
      expect(withAddendum.integrity.state).toBe('verified');
      expect(auditRowsAfter(sqlite(), before).map((r) => r.action)).toEqual(['note.addendum']);
      const empty = await nurse.call('notes.addAddendum', { patientId, noteId: note.id, text: '  ' });
      expect(empty.ok ? '' : empty.error.message).toMatch(/Enter the addendum/);
      const draft = await doctor.must('notes.create', { patientId, encounterId, templateId: soapId });
      const onDraft = await doctor.call('notes.addAddendum', { patientId, noteId: draft.id, text: 'x' });
      expect(onDraft.ok ? '' : onDraft.error.message).toMatch(/still a draft: edit it instead/);
      const summary = (await doctor.must('encounters.list', { patientId })).active[0]!.notes.find(
        (n) => n.id === note.id,
      );
      expect(summary).toMatchObject({
        status: 'signed',
        addendumCount: 1,
        signerName: staffPasswords.physician.fullName,
      });
    });

    it('a physician signs their own draft directly; retiring needs a reason; only a physician retires a signed note', async () => {
      const draft = await doctor.must('notes.create', { patientId, encounterId, templateId: soapId });
      const toSelf = await doctor.call('notes.requestCosign', {
        patientId,
        noteId: draft.id,
        expectedVersion: draft.version,
        sections: sectionsOf(draft),
        cosignerId: physicianId,
      });
      expect(toSelf.ok ? '' : toSelf.error.message).toMatch(/cannot co-sign your own note/);
      const before = lastAuditId(sqlite());
      const signed = await doctor.must('notes.sign', {
        patientId,
        noteId: draft.id,
        expectedVersion: draft.version,
        sections: sectionsOf(draft, { Subjective: 'Signed as typed.' }),
      });
      expect(signed).toMatchObject({ status: 'signed', signerName: staffPasswords.physician.fullName });
      expect(signed.sections[0]?.text).toBe('Signed as typed.');
      expect(auditRowsAfter(sqlite(), before)).toEqual([
        expect.objectContaining({ action: 'note.sign', entityId: String(draft.id), detail: signed.contentHash }),
      ]);
      const noReason = await doctor.call('notes.retire', { patientId, noteId: signed.id, reason: '' });
      expect(noReason.ok ? '' : noReason.error.message).toMatch(/Enter the reason/);
      const byNurse = await nurse.call('notes.retire', { patientId, noteId: signed.id, reason: 'wrong patient' });
      expect(byNurse.ok ? '' : byNurse.error.message).toMatch(/Only a physician can retire a signed note/);
      const beforeRetire = lastAuditId(sqlite());
      const retired = await doctor.must('notes.retire', { patientId, noteId: signed.id, reason: 'wrong patient' });
      expect(auditRowsAfter(sqlite(), beforeRetire).map((r) => [r.action, r.detail])).toEqual([
        ['note.retire', 'wrong patient'],
      ]);
      expect(retired).toMatchObject({
        retired: true,
        retiredReason: 'wrong patient',
        integrity: { state: 'verified' },
      });
      const nurseDraft = await nurse.must('notes.create', { patientId, encounterId, templateId: soapId });
      expect(
        (await nurse.must('notes.retire', { patientId, noteId: nurseDraft.id, reason: 'duplicate' })).retired,
      ).toBe(true);
      const afterRetire = await nurse.call('notes.saveDraft', {
        patientId,
        noteId: nurseDraft.id,
        expectedVersion: nurseDraft.version + 1,
        sections: sectionsOf(nurseDraft),
      });
      expect(afterRetire.ok ? '' : afterRetire.error.message).toMatch(/retired; it can no longer be edited/);
      expect(() => sqlite().prepare('DELETE FROM notes').run()).toThrow(/never deleted/);
    });

    it('refuses a note on a retired encounter, and on an encounter or template that does not exist', async () => {
      const old = await doctor.must('encounters.add', {
        patientId,
        item: { date: '2026-01-05', providerId: physicianId, type: 'other', reason: '' },
      });
      await doctor.must('encounters.retire', { patientId, itemId: old.id, reason: 'entered in error' });
      const count = noteCount();
      const onRetired = await doctor.call('notes.create', { patientId, encounterId: old.id, templateId: soapId });
      expect(onRetired.ok ? '' : onRetired.error.message).toMatch(/encounter was retired/);
      const noEncounter = await doctor.call('notes.create', { patientId, encounterId: 999_999, templateId: soapId });
      expect(noEncounter.ok ? '' : noEncounter.error.code).toBe('NOT_FOUND');
      const noTemplate = await doctor.call('notes.create', { patientId, encounterId, templateId: 999_999 });
      expect(noTemplate.ok ? '' : noTemplate.error.message).toMatch(/template no longer exists/);
      expect(noteCount()).toBe(count);
    });

    it('the front desk and the office manager cannot read or write notes, and nothing is written', async () => {
      const count = noteCount();
      for (const role of ['front_desk', 'office_manager'] as const) {
        const caller = await practice.signIn(role);
        const read = await caller.call('notes.get', { patientId, noteId: note.id });
        expect(read.ok ? '' : read.error.code).toBe('FORBIDDEN');
        const create = await caller.call('notes.create', { patientId, encounterId, templateId: soapId });
        expect(create.ok ? '' : create.error.code).toBe('FORBIDDEN');
      }
      expect(noteCount()).toBe(count);
    });
  });
});
