import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../../helpers/practice';

/** Issue 2, item 4: find a patient by name fragments, every DOB form, MRN and phone digits. */
describe('patient search', () => {
  let practice: TestPractice;
  let desk: Caller;
  let mariaMrn = '';

  beforeAll(async () => {
    practice = await createTestPractice();
    desk = await practice.signIn('front_desk');
    const maria = await desk.must('patients.register', { patient: patientInput() });
    if (maria.status !== 'registered') throw new Error('expected registration');
    mariaMrn = maria.patient.mrn;
    await desk.must('patients.register', {
      patient: patientInput({
        legalGivenName: 'José',
        legalFamilyName: 'Núñez',
        birthDate: '1975-12-25',
        sex: 'male',
        mobilePhone: '+1 (312) 555-0199',
      }),
    });
    await desk.must('patients.register', {
      patient: patientInput({
        legalGivenName: 'John',
        legalFamilyName: 'Smith',
        birthDate: '2001-07-09',
        sex: 'male',
        mobilePhone: '',
      }),
    });
  });
  afterAll(() => practice.cleanup());

  const names = async (query: string) =>
    (await desk.must('patients.search', { query })).results.map((p) => `${p.legalGivenName} ${p.legalFamilyName}`);

  it('matches name fragments in any order, ignoring case and accents', async () => {
    expect(await names('smi joh')).toEqual(['John Smith']);
    expect(await names('JOH SMI')).toEqual(['John Smith']);
    expect(await names('jose nunez')).toEqual(['José Núñez']);
    expect(await names('NÚÑ')).toEqual(['José Núñez']);
    expect(await names('smith maria')).toEqual([]);
  });

  it('reads a single letter as a family initial, in the finder order, through the name index', async () => {
    const found = await desk.must('patients.search', { query: 'N' });
    expect(found.interpretation).toBe('family name starting with "n"');
    // José Núñez by his folded family name; John (a given name starting with J) is not a "J" family.
    expect(found.results.map((p) => p.legalFamilyName)).toEqual(['Núñez']);
    expect(await names('j')).toEqual([]);
    expect(await names('jo')).toEqual(['José Núñez', 'John Smith']);
    const plan = practice.app.services.vault.store.sqlite
      .prepare(
        'EXPLAIN QUERY PLAN SELECT id FROM patients p WHERE p.name_key >= ? AND p.name_key < ? ORDER BY p.name_key, p.birth_date LIMIT 20',
      )
      .all('n', 'n\uffff') as { detail: string }[];
    expect(plan.map((row) => row.detail).join('; ')).toMatch(/USING (COVERING )?INDEX patients_name_key/);
    expect(plan.map((row) => row.detail).join('; ')).not.toMatch(/TEMP B-TREE/);
  });

  it.each(['03/04/1980', '3/4/80', '1980-03-04', '4 Mar 1980', 'March 4, 1980', '4 march 1980'])(
    'reads %s as a date of birth',
    async (query) => {
      const found = await desk.must('patients.search', { query });
      expect(found.kind).toBe('birth-date');
      expect(found.interpretation).toContain('March 4, 1980');
      expect(found.results.map((p) => p.legalFamilyName)).toEqual(['Lopez']);
    },
  );

  it('combines a name and a date of birth', async () => {
    const found = await desk.must('patients.search', { query: 'lop 3/4/80' });
    expect(found.kind).toBe('combined');
    expect(found.results).toHaveLength(1);
    expect((await desk.must('patients.search', { query: 'smith 3/4/80' })).results).toHaveLength(0);
  });

  it('finds by MRN and by phone digits', async () => {
    expect((await desk.must('patients.search', { query: mariaMrn })).results.map((p) => p.mrn)).toEqual([mariaMrn]);
    expect(await names('555-0199')).toEqual(['José Núñez']);
    expect(await names('3125550199')).toEqual(['José Núñez']);
    expect(await names('0142')).toEqual(['Maria Lopez']);
  });

  it('waits for a date that is still being typed instead of guessing', async () => {
    for (const query of ['03/04/1', '03/04/198', '3/4', '1980-03']) {
      const found = await desk.must('patients.search', { query });
      expect(found.results).toEqual([]);
      expect(found.interpretation).toMatch(/finish typing/i);
    }
  });

  it('treats search syntax and SQL metacharacters as plain text', async () => {
    for (const query of ['" OR 1=1 --', 'names:*', "'; DROP TABLE patients; --", 'NEAR(a b)', '*', '"']) {
      const result = await desk.call('patients.search', { query });
      expect(result.ok).toBe(true);
    }
    expect(await names('smith')).toEqual(['John Smith']);
  });
});
