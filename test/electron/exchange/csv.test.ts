import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../../electron/main/services/exchange/csv/decode';
import { proposeMapping } from '../../../electron/main/services/exchange/csv/mapping';
import { parseCsv } from '../../../electron/main/services/exchange/csv/parse';
import {
  centuryForBirthYear,
  parseLegacyDate,
  parseSexWord,
} from '../../../electron/main/services/exchange/csv/values';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../../helpers/practice';
import { countRows, rowCountsByTable } from '../../helpers/sentinel';

const fileOf = (name: string, content: string | Buffer) => ({
  name,
  contentBase64: (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64'),
});

const header = 'Chart No,Last Name,First Name,DOB,Sex,Cell,Address,City,State,Zip';
const goodRows = [
  '1001,Muñoz,Elena,03/14/1975,F,(217) 555-0110,"12 Oak St, Apt 2",Springfield,IL,62701',
  '1002,"O\'Brien",Sean,1968-11-02,Male,,1 Main St,Springfield,IL,62702',
  '1003,Nguyen,Lan,4-Jul-1990,female,217-555-0112,,,,',
];

/** Issue 6: a CSV of demographics from a legacy system, dry run first, then all or nothing. */
describe('CSV demographics import', () => {
  let practice: TestPractice;
  let manager: Caller;
  const store = () => practice.app.services.vault.store;
  const tableCounts = () => rowCountsByTable(store().sqlite);
  const patientCount = () => countRows(store().sqlite, 'patients');
  const settled = (jobId: string) => practice.app.services.jobs.settled(jobId);

  beforeAll(async () => {
    practice = await createTestPractice();
    manager = await practice.signIn('office_manager');
  });
  afterAll(() => practice.cleanup());

  it('reads UTF-8, UTF-8 with a BOM and Windows-1252 bytes, keeping Muñoz', () => {
    const text = 'Last Name\nMuñoz\n';
    expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({
      text,
      encoding: 'UTF-8 with BOM',
    });
    expect(decodeCsvBytes(Buffer.from(text, 'latin1'))).toEqual({ text, encoding: 'Latin-1 (Windows-1252)' });
  });

  it('parses RFC 4180: quotes, doubled quotes, CRLF, line breaks inside quotes, a trailing line end', () => {
    const parsed = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n1,2,3\r\n\r\n');
    expect(parsed).toEqual({
      ok: true,
      delimiter: ',',
      header: ['a', 'b', 'c'],
      rows: [
        { line: 2, cells: ['x, y', 'say "hi"', 'two\nlines'] },
        { line: 4, cells: ['1', '2', '3'] },
      ],
    });
    expect(parseCsv('a;b;c\n1;2;3').ok && parseCsv('a;b;c\n1;2;3')).toMatchObject({ delimiter: ';' });
    expect(parseCsv('a\tb\n1\t2')).toMatchObject({ delimiter: '\t', rows: [{ cells: ['1', '2'] }] });
    expect(parseCsv('a,b\n1,2\n3,"open\n')).toEqual({
      ok: false,
      message:
        'Row 3: a quoted field is never closed (a " is missing). Fix the quotes in that row and export the file again.',
    });
  });

  it('reads legacy dates and sex words, and proposes a mapping from header synonyms', () => {
    expect(parseLegacyDate('1980-03-04', 2026)).toBe('1980-03-04');
    expect(parseLegacyDate('03/04/1980', 2026)).toBe('1980-03-04');
    expect(parseLegacyDate('3/4/80', 2026)).toBe('1980-03-04');
    expect(parseLegacyDate('3/4/24', 2026)).toBe('2024-03-04');
    expect(parseLegacyDate('04-Mar-1980', 2026)).toBe('1980-03-04');
    expect(parseLegacyDate('19800304', 2026)).toBe('1980-03-04');
    expect(parseLegacyDate('13/45/1980', 2026)).toBeNull();
    expect(parseLegacyDate('02/30/1980', 2026)).toBeNull();
    expect(parseLegacyDate('04-Marx-1980', 2026)).toBeNull();
    expect(centuryForBirthYear(26, 2026)).toBe(2026);
    expect(centuryForBirthYear(27, 2026)).toBe(1927);
    expect(['F', 'female', 'M', 'Male', 'U', 'Unknown', 'I'].map(parseSexWord)).toEqual([
      'female',
      'female',
      'male',
      'male',
      'unknown',
      'unknown',
      'intersex',
    ]);
    expect(parseSexWord('X')).toBeNull();
    expect(proposeMapping(['Surname', 'FNAME', 'Birth Date', 'Gender', 'ZIP', 'Cell', 'E-mail', 'MRN'])).toEqual({
      familyName: 'Surname',
      givenName: 'FNAME',
      birthDate: 'Birth Date',
      sex: 'Gender',
      postalCode: 'ZIP',
      phoneMobile: 'Cell',
      email: 'E-mail',
      mrn: 'MRN',
    });
  });

  it('dry-runs a Latin-1 file with a clean result and writes nothing', async () => {
    const before = tableCounts();
    const latin1 = Buffer.from(`${header}\r\n${goodRows.join('\r\n')}\r\n`, 'latin1');
    const dry = await manager.must('exchange.csvDryRun', { file: fileOf('legacy.csv', latin1) });
    expect(dry.encoding).toBe('Latin-1 (Windows-1252)');
    expect(dry.rowCount).toBe(3);
    expect(dry.fileErrors).toEqual([]);
    expect(dry.rowErrors).toEqual([]);
    expect(dry.mapping).toMatchObject({
      familyName: 'Last Name',
      givenName: 'First Name',
      birthDate: 'DOB',
      mrn: 'Chart No',
    });
    expect(dry.sample[0]).toMatchObject({ 'Family name': 'Muñoz', 'Date of birth': '1975-03-14', Sex: 'Female' });
    expect(dry.sample[1]).toMatchObject({ 'Family name': "O'Brien", 'Address line 1': '1 Main St' });
    expect(dry.sample[0]?.['Address line 1']).toBe('12 Oak St, Apt 2');
    expect(tableCounts()).toEqual(before);
  });

  it('reports each bad row by number with the registration messages, and a missing column as a file error', async () => {
    const before = tableCounts();
    const bad = [
      header,
      '2001,Smith,,01/02/1970,F,,,,,', // row 2: no given name
      '2002,Jones,Amy,13/45/1980,F,,,,,', // row 3: not a date
      '2003,Brown,Bob,01/02/1970,X,,,,,', // row 4: sex word
      '2004,Green,Gail,01/02/1970,F,12,,,,', // row 5: too few digits
      '2005,Jones,Amy,01/02/1971,F,,,,,', // fine
      '2006,Jones,Amy,01/02/1971,F,,,,,', // row 7: repeats row 6
      '2007,White,Walt,01/02/2099,M,,,,,', // row 8: future
      '2005,Black,Bea,01/02/1960,F,,,,,', // row 9: chart number of row 6
      '2008,Gray,Gus,01/02/1960,M,,a,b,c,d,e', // row 10: too many values
    ].join('\n');
    const dry = await manager.must('exchange.csvDryRun', { file: fileOf('bad.csv', bad) });
    expect(dry.fileErrors).toEqual([]);
    expect(dry.rowErrors.map((error) => error.message)).toEqual([
      'Row 2, Given name: Enter the given name.',
      "Row 3, Date of birth: '13/45/1980' is not a date; use MM/DD/YYYY.",
      "Row 4, Sex: 'X' is not a sex Chartroom records; use F, M, I (intersex) or U (unknown).",
      'Row 5, Mobile phone: Mobile phone needs at least 7 digits.',
      'Row 7, Patient: same name and date of birth as row 6. Remove the repeated row or correct it.',
      'Row 8, Date of birth: Date of birth must be between 1900 and today.',
      "Row 9, Legacy chart number: '2005' is also the chart number of row 6. Each patient needs their own.",
      'Row 10 has 11 values but the header has 10 columns. Look for a comma that should be inside quotes.',
    ]);
    const refused = await manager.call('exchange.importCsv', { file: fileOf('bad.csv', bad) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('BAD_REQUEST');
      expect(refused.error.message).toContain('Row 2, Given name: Enter the given name.');
      expect(refused.error.message).toContain('(and 5 more)');
    }

    const noDob = await manager.must('exchange.csvDryRun', {
      file: fileOf('nodob.csv', 'Last Name,First Name,Sex\nSmith,Ann,F\n'),
    });
    expect(noDob.fileErrors).toEqual([
      'No column holds the date of birth, which every patient needs. Pick the column for it, or add one to the file.',
    ]);
    const wrongColumn = await manager.must('exchange.csvDryRun', {
      file: fileOf('x.csv', `${header}\n${goodRows[0]}`),
      mapping: { familyName: 'Surname', givenName: 'First Name', birthDate: 'DOB', sex: 'Sex' },
    });
    expect(wrongColumn.fileErrors).toEqual([
      'The column "Surname" chosen for Family name is not in the file. Pick another.',
    ]);
    const unterminated = await manager.must('exchange.csvDryRun', {
      file: fileOf('q.csv', `${header}\n${goodRows[0]}\n1009,"Open,Ann,01/01/1970,F,,,,,\n`),
    });
    expect(unterminated.fileErrors).toEqual([
      'Row 3: a quoted field is never closed (a " is missing). Fix the quotes in that row and export the file again.',
    ]);
    expect(tableCounts()).toEqual(before);
  });

  it('imports a clean file in one transaction as a job, with one audit row, and lists likely duplicates', async () => {
    await manager.must('patients.register', {
      patient: patientInput({ legalFamilyName: 'Nguyen', legalGivenName: 'Lan', birthDate: '1990-07-04' }),
    });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${header}\n${goodRows.join('\n')}\n`)]);
    const dry = await manager.must('exchange.csvDryRun', { file: fileOf('bom.csv', bom) });
    expect(dry.encoding).toBe('UTF-8 with BOM');
    expect(dry.possibleDuplicates).toEqual([expect.objectContaining({ row: 4, name: 'Nguyen, Lan' })]);

    const before = patientCount();
    const started = await manager.must('exchange.importCsv', { file: fileOf('bom.csv', bom) });
    expect(started.kind).toBe('csv-import');
    const job = await settled(started.jobId);
    expect(job).toMatchObject({ state: 'done', phase: 'Saving patients', done: 3, total: 3 });
    expect(job.result).toBe(
      '3 patients added from bom.csv; 1 looked like patients already registered: check them for duplicates.',
    );
    expect(patientCount()).toBe(before + 3);
    const found = await manager.must('patients.search', { query: 'Muñoz', limit: 5 });
    expect(found.results).toHaveLength(1);
    const history = await manager.must('patients.history', { patientId: found.results[0]!.id });
    expect(history[0]?.note).toBe('Imported from bom.csv, row 2; legacy chart number 1001');
    const chart = await manager.must('patients.get', { patientId: found.results[0]!.id });
    expect(chart).toMatchObject({ birthDate: '1975-03-14', sex: 'female', mobilePhone: '(217) 555-0110' });
    const audits = store().sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'import.csv'").all() as {
      detail: string;
    }[];
    expect(audits).toEqual([{ detail: 'rows=3; added=3; possible-duplicates=1; encoding=UTF-8 with BOM' }]);
  });

  it('leaves no new patient when a row fails inside the transaction', async () => {
    // A row the checks accept but the store refuses, as a disk or constraint failure would midway.
    store().sqlite.exec(
      "CREATE TEMP TRIGGER refuse_boom BEFORE INSERT ON patients WHEN NEW.legal_family_name = 'Boom' BEGIN SELECT RAISE(ABORT, 'forced failure'); END",
    );
    try {
      const rows = [
        header,
        '3001,Alpha,Ann,01/01/1970,F,,,,,',
        '3002,Boom,Bea,01/01/1971,F,,,,,',
        '3003,Gamma,Gil,01/01/1972,M,,,,,',
      ];
      const before = tableCounts();
      const started = await manager.must('exchange.importCsv', { file: fileOf('boom.csv', rows.join('\n')) });
      const job = await settled(started.jobId);
      expect(job.state).toBe('failed');
      expect(job.error).toMatch(/Nothing was half-written/);
      expect(tableCounts()).toEqual(before);
    } finally {
      store().sqlite.exec('DROP TRIGGER refuse_boom');
    }
  });

  it('refuses the import to roles without records.exchange', async () => {
    const nurse = await practice.signIn('nurse');
    const refused = await nurse.call('exchange.csvDryRun', { file: fileOf('a.csv', `${header}\n${goodRows[0]}`) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
  });
});
