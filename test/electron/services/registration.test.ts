import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../../helpers/practice';

/** Issue 2, items 3 and 5: registration with duplicate warning, demographics edits kept in history. */
describe('registration and demographics', () => {
  let practice: TestPractice;
  let desk: Caller;

  beforeAll(async () => {
    practice = await createTestPractice();
    desk = await practice.signIn('front_desk');
  });
  afterAll(() => practice.cleanup());

  it('assigns MRNs in sequence and returns the full chart', async () => {
    const first = await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Ada', legalFamilyName: 'Quill', birthDate: '1990-01-01' }),
    });
    const second = await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Bea', legalFamilyName: 'Rowe', birthDate: '1991-02-02' }),
    });
    if (first.status !== 'registered' || second.status !== 'registered') throw new Error('expected registrations');
    expect(Number(second.patient.mrn)).toBe(Number(first.patient.mrn) + 1);
    expect(first.patient.allergies).toEqual({ state: 'not-recorded', summary: [] });
    expect(first.patient.version).toBe(1);
  });

  it('warns about a possible duplicate (same DOB, similar name) and registers only with a reason', async () => {
    await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Jonathan', legalFamilyName: 'Smyth', birthDate: '1970-05-06' }),
    });
    const attempt = await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Jon', legalFamilyName: 'Smith', birthDate: '1970-05-06' }),
    });
    expect(attempt.status).toBe('possible-duplicates');
    if (attempt.status !== 'possible-duplicates') return;
    expect(attempt.candidates.map((c) => c.legalFamilyName)).toEqual(['Smyth']);
    const empty = await desk.call('patients.register', {
      patient: patientInput({ legalGivenName: 'Jon', legalFamilyName: 'Smith', birthDate: '1970-05-06' }),
      duplicateOverride: { reason: '   ' },
    });
    expect(empty.ok ? 'ok' : empty.error.code).toBe('BAD_REQUEST');
    const anyway = await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Jon', legalFamilyName: 'Smith', birthDate: '1970-05-06' }),
      duplicateOverride: { reason: 'Different person: twin brother' },
    });
    expect(anyway.status).toBe('registered');
    if (anyway.status !== 'registered') return;
    const history = await desk.must('patients.history', { patientId: anyway.patient.id });
    expect(history[0]?.note).toContain('twin brother');
  });

  it('does not flag a different person born the same day', async () => {
    await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Ruth', legalFamilyName: 'Okafor', birthDate: '1960-08-08' }),
    });
    const other = await desk.must('patients.checkDuplicates', {
      legalGivenName: 'Peter',
      legalFamilyName: 'Lindqvist',
      birthDate: '1960-08-08',
    });
    expect(other.candidates).toEqual([]);
  });

  it('keeps every edit in a visible history and refuses an edit made on a stale version', async () => {
    const created = await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Lena', legalFamilyName: 'Marsh', birthDate: '1985-09-10' }),
    });
    if (created.status !== 'registered') throw new Error('expected registration');
    const { id, version } = created.patient;
    const edited = await desk.must('patients.update', {
      patientId: id,
      expectedVersion: version,
      patient: {
        ...patientInput({ legalGivenName: 'Lena', legalFamilyName: 'Marsh-Cole', birthDate: '1985-09-10' }),
        email: 'lena@example.com',
      },
    });
    expect(edited.version).toBe(2);
    expect(edited.legalFamilyName).toBe('Marsh-Cole');
    const stale = await desk.call('patients.update', {
      patientId: id,
      expectedVersion: version,
      patient: patientInput({ legalGivenName: 'Lena', legalFamilyName: 'Other', birthDate: '1985-09-10' }),
    });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    const history = await desk.must('patients.history', { patientId: id });
    expect(history.map((h) => h.kind)).toEqual(['edited', 'registered']);
    expect(history[0]?.by).toBe('Frank Desk');
    expect(history[0]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'legalFamilyName', label: 'Family name', before: 'Marsh', after: 'Marsh-Cole' },
        { field: 'email', label: 'Email', before: '', after: 'lena@example.com' },
      ]),
    );
    expect((await desk.must('patients.search', { query: 'marsh cole' })).results).toHaveLength(1);
  });

  it('retires a replaced insurance policy instead of overwriting it', async () => {
    const insured = await desk.must('patients.register', {
      patient: patientInput({
        legalGivenName: 'Ivo',
        legalFamilyName: 'Stern',
        birthDate: '1955-04-04',
        insurance: { payerName: 'Aetna', memberId: 'A1', subscriberRelationship: 'self' },
      }),
    });
    if (insured.status !== 'registered') throw new Error('expected registration');
    await desk.must('patients.update', {
      patientId: insured.patient.id,
      expectedVersion: 1,
      patient: patientInput({
        legalGivenName: 'Ivo',
        legalFamilyName: 'Stern',
        birthDate: '1955-04-04',
        insurance: { payerName: 'Medicare', memberId: 'M2', subscriberRelationship: 'self' },
      }),
    });
    const policies = practice.app.services.vault.store.sqlite
      .prepare(
        'SELECT payer_name AS payer, retired_at IS NOT NULL AS retired FROM insurance_policies WHERE patient_id = ? ORDER BY id',
      )
      .all(insured.patient.id);
    expect(policies).toEqual([
      { payer: 'Aetna', retired: 1 },
      { payer: 'Medicare', retired: 0 },
    ]);
    expect((await desk.must('patients.get', { patientId: insured.patient.id })).insurance?.payerName).toBe('Medicare');
  });

  it('refuses impossible registrations with a message that says what to fix', async () => {
    const future = await desk.call('patients.register', { patient: patientInput({ birthDate: '2999-01-01' }) });
    expect(future.ok ? '' : future.error.message).toMatch(/between 1900 and today/);
    const unreal = await desk.call('patients.register', { patient: patientInput({ birthDate: '1980-02-30' }) });
    expect(unreal.ok ? '' : unreal.error.message).toMatch(/not a real calendar date/);
    const noName = await desk.call('patients.register', { patient: patientInput({ legalFamilyName: '  ' }) });
    expect(noName.ok ? '' : `${noName.error.field} ${noName.error.message}`).toBe(
      'patient.legalFamilyName Enter the family name.',
    );
  });
});

describe('demographics edits that change nothing', () => {
  it('do not create an empty history version', async () => {
    const practice = await createTestPractice({ staff: false });
    try {
      const manager = await practice.signIn('office_manager');
      const created = await manager.must('patients.register', { patient: patientInput() });
      if (created.status !== 'registered') throw new Error('expected registration');
      const same = await manager.must('patients.update', {
        patientId: created.patient.id,
        expectedVersion: 1,
        patient: patientInput(),
      });
      expect(same.version).toBe(1);
      expect(await manager.must('patients.history', { patientId: created.patient.id })).toHaveLength(1);
    } finally {
      practice.cleanup();
    }
  });

  it('messages read well: an empty date of birth asks for it, acronyms keep their case', async () => {
    const practice = await createTestPractice({ staff: false });
    try {
      const manager = await practice.signIn('office_manager');
      const noDob = await manager.call('patients.register', { patient: patientInput({ birthDate: '' }) });
      expect(noDob.ok ? '' : noDob.error.message).toBe('Enter the date of birth.');
      const noMember = await manager.call('patients.register', {
        patient: patientInput({ insurance: { payerName: 'Aetna', memberId: ' ', subscriberRelationship: 'self' } }),
      });
      expect(noMember.ok ? '' : noMember.error.message).toBe('Enter the member ID.');
    } finally {
      practice.cleanup();
    }
  });
});
