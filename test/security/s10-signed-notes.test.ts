import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NoteDto } from '../../electron/contract/notes';
import {
  type Caller,
  createTestPractice,
  registerChartPair,
  staffPasswords,
  type TestPractice,
} from '../helpers/practice';
import { openKeyedConnection, unwrapDataKey } from '../helpers/sentinel';

/**
 * S10: signed notes cannot change. After signing, every write path is refused (the service, and SQL
 * UPDATEs from the app's connection and from a second connection holding the key, against the
 * trigger); the stored hash is the SHA-256 of the documented canonical serialisation; corrections
 * are addenda bound to the original by its hash; and a change made after dropping the trigger is
 * reported as an integrity warning when the note is read.
 */
const signedNoteMessage = 'This note is signed; add an addendum to correct or add to it.';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The canonical serialisation as documented in electron/main/services/chart/note-hash.ts, rebuilt here. */
const expectedNoteHash = (note: NoteDto) =>
  sha256(
    JSON.stringify({
      noteId: note.id,
      patientId: note.patientId,
      encounterId: note.encounterId,
      sections: note.sections.map((s) => ({ title: s.title, text: s.text })),
      signedBy: note.signedById,
      signedAt: note.signedAt,
    }),
  );

interface Signed {
  practice: TestPractice;
  doctor: Caller;
  nurse: Caller;
  note: NoteDto;
  otherPatientId: number;
}

const practiceWithSignedNote = async (): Promise<Signed> => {
  const practice = await createTestPractice();
  const doctor = await practice.signIn('physician');
  const nurse = await practice.signIn('nurse');
  const { patientId, otherPatientId } = await registerChartPair(doctor);
  const [provider] = await doctor.must('encounters.providers', {});
  const encounter = await doctor.must('encounters.add', {
    patientId,
    item: { date: '2026-03-02', providerId: provider!.id, type: 'office-visit', reason: 'Headache' },
  });
  const [soap] = await doctor.must('noteTemplates.list', {});
  const draft = await doctor.must('notes.create', { patientId, encounterId: encounter.id, templateId: soap!.id });
  const note = await doctor.must('notes.sign', {
    patientId,
    noteId: draft.id,
    expectedVersion: draft.version,
    sections: draft.sections.map((s, i) => (i === 0 ? { ...s, text: 'Headache for 3 days. No red flags.' } : s)),
  });
  return { practice, doctor, nurse, note, otherPatientId };
};

describe('S10 signed notes cannot change', () => {
  let signed: Signed;
  let second: Database.Database;
  const sqlite = () => signed.practice.app.services.vault.store.sqlite;
  const stored = () => sqlite().prepare('SELECT * FROM notes WHERE id = ?').get(signed.note.id);

  beforeAll(async () => {
    signed = await practiceWithSignedNote();
    const key = await unwrapDataKey(
      signed.practice.dir,
      staffPasswords.office_manager.username,
      staffPasswords.office_manager.password,
    );
    second = openKeyedConnection(signed.practice.app.services.vault.paths.database, key);
  });
  afterAll(() => {
    second.close();
    signed.practice.cleanup();
  });

  it('stores the SHA-256 of the documented canonical content, and reading says the signature is verified', async () => {
    const { note, doctor } = signed;
    expect(note.status).toBe('signed');
    expect(note.contentHash).toBe(expectedNoteHash(note));
    const read = await doctor.must('notes.get', { patientId: note.patientId, noteId: note.id });
    expect(read.integrity).toEqual({
      state: 'verified',
      message: `Signature verified: this is exactly what ${staffPasswords.physician.fullName} signed.`,
    });
  });

  it('refuses every service write path with the addendum message, for physicians and nurses alike', async () => {
    const { note, doctor, nurse } = signed;
    const before = stored();
    const write = {
      patientId: note.patientId,
      noteId: note.id,
      expectedVersion: note.version,
      sections: note.sections.map((s) => ({ ...s, text: 'rewritten' })),
    };
    for (const caller of [doctor, nurse]) {
      const draft = await caller.call('notes.saveDraft', write);
      expect(draft.ok ? '' : draft.error.message).toBe(signedNoteMessage);
      const cosign = await caller.call('notes.requestCosign', { ...write, cosignerId: note.signedById! });
      expect(cosign.ok ? '' : cosign.error.message).toBe(signedNoteMessage);
    }
    for (const name of ['notes.sign', 'notes.cosign'] as const) {
      const result = await doctor.call(name, write);
      expect(result.ok ? '' : result.error.message, name).toBe(signedNoteMessage);
    }
    expect(stored()).toEqual(before);
  });

  it.each([
    ['sections', `sections = '[{"title":"Subjective","text":"rewritten"}]'`],
    ['status', `status = 'draft'`],
    ['content hash', `content_hash = 'deadbeef'`],
    ['signer', 'signed_by = author_id + 1'],
    ['signing time', `signed_at = '2020-01-01T00:00:00.000Z'`],
    ['author', 'author_id = author_id + 1'],
    ['co-signer', 'cosigner_id = signed_by'],
    ['encounter', 'encounter_id = encounter_id + 1'],
    ['patient', 'patient_id = patient_id + 1'],
    ['template name', `template_name = 'Other'`],
    ['creation time', `created_at = '2020-01-01T00:00:00.000Z'`],
  ])('the trigger refuses a raw UPDATE of the %s, on the app connection and on a second keyed connection', (_, set) => {
    const before = stored();
    for (const db of [sqlite(), second]) {
      expect(() => db.prepare(`UPDATE notes SET ${set} WHERE id = ?`).run(signed.note.id)).toThrow(signedNoteMessage);
    }
    expect(stored()).toEqual(before);
  });

  it('refuses deleting a note and inserting one already signed', () => {
    expect(() => second.prepare('DELETE FROM notes WHERE id = ?').run(signed.note.id)).toThrow(/never deleted/);
    expect(() =>
      second
        .prepare(
          `INSERT INTO notes (encounter_id, patient_id, template_name, sections, status, author_id, signed_by, signed_at, content_hash, created_at, updated_at)
           SELECT encounter_id, patient_id, template_name, sections, 'signed', author_id, signed_by, signed_at, content_hash, created_at, updated_at FROM notes WHERE id = ?`,
        )
        .run(signed.note.id),
    ).toThrow(/starts as a draft/);
  });

  it('a correction is an addendum under the original, bound to its hash; addenda never change', async () => {
    const { note, nurse } = signed;
    const withAddendum = await nurse.must('notes.addAddendum', {
      patientId: note.patientId,
      noteId: note.id,
      text: 'Correction: headache for 4 days.',
    });
    const [addendum] = withAddendum.addenda;
    const row = sqlite().prepare('SELECT * FROM note_addenda WHERE id = ?').get(addendum!.id) as {
      note_id: number;
      author_id: number;
      at: string;
      content_hash: string;
    };
    expect(row.note_id).toBe(note.id);
    expect(row.content_hash).toBe(
      sha256(
        JSON.stringify({
          noteId: note.id,
          noteHash: note.contentHash,
          patientId: note.patientId,
          authorId: row.author_id,
          at: row.at,
          text: 'Correction: headache for 4 days.',
        }),
      ),
    );
    expect(withAddendum.sections).toEqual(note.sections);
    expect(withAddendum.contentHash).toBe(note.contentHash);
    expect(() => second.prepare(`UPDATE note_addenda SET text = 'changed'`).run()).toThrow(/never changes/);
    expect(() => second.prepare('DELETE FROM note_addenda').run()).toThrow(/never deleted/);
  });

  it('an addendum cannot be attached to a draft or to another patient, even in SQL', async () => {
    const { note, doctor, otherPatientId } = signed;
    const wrongChart = await doctor.call('notes.addAddendum', {
      patientId: otherPatientId,
      noteId: note.id,
      text: 'x',
    });
    expect(wrongChart.ok ? '' : wrongChart.error.message).toMatch(/another patient's chart/);
    const insert = second.prepare(
      `INSERT INTO note_addenda (note_id, patient_id, author_id, at, text, content_hash) VALUES (?, ?, ?, '2026-01-01', 'x', 'x')`,
    );
    expect(() => insert.run(note.id, otherPatientId, note.authorId)).toThrow(/signed note of the same patient/);
  });
});

describe('S10 a signed note changed behind the trigger is reported, not trusted', () => {
  let signed: Signed;
  const sqlite = () => signed.practice.app.services.vault.store.sqlite;

  beforeAll(async () => {
    signed = await practiceWithSignedNote();
    await signed.nurse.must('notes.addAddendum', {
      patientId: signed.note.patientId,
      noteId: signed.note.id,
      text: 'Seen again: better.',
    });
  });
  afterAll(() => signed.practice.cleanup());

  it('shows a loud integrity warning when the content no longer matches its hash', async () => {
    sqlite().exec('DROP TRIGGER notes_signed_never_change');
    sqlite()
      .prepare('UPDATE notes SET sections = ? WHERE id = ?')
      .run(JSON.stringify([{ title: 'Subjective', text: 'Headache for 3 days. Red flags present.' }]), signed.note.id);
    const read = await signed.doctor.must('notes.get', { patientId: signed.note.patientId, noteId: signed.note.id });
    expect(read.integrity.state).toBe('mismatch');
    expect(read.integrity.message).toMatch(/^Integrity warning: this note no longer matches what was signed/);
  });

  it('also when the signer or the signing time is changed, or the sections are not valid JSON', async () => {
    const { note, doctor } = signed;
    for (const set of [
      "signed_at = '2020-01-01T00:00:00.000Z'",
      'signed_by = author_id + 1',
      `sections = 'not json'`,
    ]) {
      const before = sqlite().prepare('SELECT signed_at, signed_by, sections FROM notes WHERE id = ?').get(note.id) as {
        signed_at: string;
        signed_by: number;
        sections: string;
      };
      sqlite().prepare(`UPDATE notes SET ${set} WHERE id = ?`).run(note.id);
      const read = await doctor.must('notes.get', { patientId: note.patientId, noteId: note.id });
      expect(read.integrity.state, set).toBe('mismatch');
      sqlite()
        .prepare('UPDATE notes SET signed_at = ?, signed_by = ?, sections = ? WHERE id = ?')
        .run(before.signed_at, before.signed_by, before.sections, note.id);
    }
  });

  it('marks an addendum whose text was changed behind its trigger as not verified', async () => {
    const { note, doctor } = signed;
    sqlite().exec('DROP TRIGGER note_addenda_no_update');
    sqlite().prepare(`UPDATE note_addenda SET text = 'Seen again: worse.' WHERE note_id = ?`).run(note.id);
    const read = await doctor.must('notes.get', { patientId: note.patientId, noteId: note.id });
    expect(read.addenda.map((a) => [a.text, a.verified])).toEqual([['Seen again: worse.', false]]);
  });
});
