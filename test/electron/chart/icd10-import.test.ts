import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestPractice, staffPasswords, type TestPractice } from '../../helpers/practice';

/**
 * Issue 4: "Settings can import the full official CMS ICD-10-CM code file". The files here follow
 * the two CMS layouts; the filler codes make them as long as a real file needs to be accepted.
 */
const real = [
  ['E119', 'Type 2 diabetes mellitus without complications'],
  ['S72001A', 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture'],
  ['W5601XA', 'Bitten by dolphin, initial encounter'],
] as const;

/** 12,000 distinct codes of the form Q[0-9][0-9]... that no real entry above uses. */
const filler = Array.from({ length: 12_000 }, (_, i) => {
  const digits = String(i).padStart(5, '0');
  return [`Q${digits.slice(0, 2)}${digits.slice(2)}`, `Filler condition number ${i}`] as const;
});

const codesFile = (rows: readonly (readonly [string, string])[]) =>
  `${rows.map(([code, name]) => `${code.padEnd(8)}${name}`).join('\n')}\n`;

/** The order layout: order number, code padded to 7, header flag, 60-character short name, long name. */
const orderFile = (rows: readonly (readonly [string, string, 0 | 1])[]) =>
  rows
    .map(
      ([code, name, valid], i) =>
        `${String(i + 1).padStart(5, '0')} ${code.padEnd(7)} ${valid} ${name.slice(0, 60).padEnd(60)} ${name}`,
    )
    .join('\r\n');

const base64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');

describe('ICD-10-CM code file import', () => {
  let practice: TestPractice;
  let manager: Caller;
  let doctor: Caller;

  beforeAll(async () => {
    practice = await createTestPractice();
    manager = await practice.signIn('office_manager');
    doctor = await practice.signIn('physician');
  });
  afterAll(() => practice.cleanup());

  it('starts on the shipped starter set', async () => {
    const source = await manager.must('codes.icd10Source', {});
    expect(source.source).toBe('starter');
    expect(source.codeCount).toBeGreaterThan(1500);
    expect(await doctor.must('codes.searchIcd10', { query: 'dolphin' })).toEqual([]);
  });

  it('refuses a file that is not the CMS code file, and keeps the codes it had', async () => {
    const small = await manager.call('codes.importIcd10', {
      fileName: 'short.txt',
      contentBase64: base64(codesFile(real)),
    });
    expect(small.ok ? '' : small.error.message).toMatch(
      /holds 3 codes; the full CMS ICD-10-CM code file holds about 74,000/,
    );

    const garbled = await manager.call('codes.importIcd10', {
      fileName: 'codes.csv',
      contentBase64: base64(`${codesFile(filler)}E11.9,"Type 2 diabetes"\n`),
    });
    expect(garbled.ok ? '' : garbled.error.message).toMatch(/^Line 12001 is not an ICD-10-CM code line/);

    const repeated = await manager.call('codes.importIcd10', {
      fileName: 'twice.txt',
      contentBase64: base64(codesFile([...filler, ...filler.slice(0, 1)])),
    });
    expect(repeated.ok ? '' : repeated.error.message).toMatch(/Line 12001 repeats the code Q00.000/);

    const empty = await manager.call('codes.importIcd10', { fileName: 'empty.txt', contentBase64: '' });
    expect(empty.ok ? '' : empty.error.message).toMatch(/The file is empty/);

    expect((await manager.must('codes.icd10Source', {})).source).toBe('starter');
  });

  it('imports the codes layout, then problems are coded from it by code and by words', async () => {
    const source = await manager.must('codes.importIcd10', {
      fileName: 'icd10cm-codes-2026.txt',
      contentBase64: base64(codesFile([...real, ...filler])),
    });
    expect(source).toMatchObject({ source: 'cms', codeCount: 12_003, fileName: 'icd10cm-codes-2026.txt' });
    expect(source.importedBy).toBe(staffPasswords.office_manager.fullName);

    expect(await doctor.must('codes.searchIcd10', { query: 'bitten dolph' })).toEqual([
      { code: 'W56.01XA', name: 'Bitten by dolphin, initial encounter' },
    ]);
    expect((await doctor.must('codes.searchIcd10', { query: 's72.001' }))[0]?.code).toBe('S72.001A');
    const diabetes = await doctor.must('codes.searchIcd10', { query: 'diabetes type 2' });
    expect(diabetes[0]).toEqual({ code: 'E11.9', name: 'Type 2 diabetes mellitus without complications' });

    const audit = await manager.must('audit.list', { action: 'codes.import-icd10', limit: 5 });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]?.detail).toBe('12003 codes');
  });

  it('imports the order layout, keeping valid codes and skipping category headings', async () => {
    const rows: [string, string, 0 | 1][] = [
      ['E11', 'Type 2 diabetes mellitus', 0],
      ['E119', 'Type 2 diabetes mellitus without complications', 1],
      ...filler.map(([code, name]): [string, string, 0 | 1] => [code, name, 1]),
    ];
    const source = await manager.must('codes.importIcd10', {
      fileName: 'icd10cm-order-2026.txt',
      contentBase64: base64(orderFile(rows)),
    });
    expect(source.codeCount).toBe(12_001);
    // The new file replaced the old one: the dolphin is gone, the heading E11 was never a code.
    expect(await doctor.must('codes.searchIcd10', { query: 'dolphin' })).toEqual([]);
    expect((await doctor.must('codes.searchIcd10', { query: 'e11' })).map((c) => c.code)).toEqual(['E11.9']);
  });

  it('is for the office manager only', async () => {
    const refused = await doctor.call('codes.importIcd10', { fileName: 'x.txt', contentBase64: base64('A000 X') });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
  });
});
