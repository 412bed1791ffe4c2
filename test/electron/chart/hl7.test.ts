import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxHl7FileCharacters } from '../../../electron/contract/labs';
import { inputProblem } from '../../../electron/main/api/input-guard';
import { Hl7Rejection, parseOru } from '../../../electron/main/services/chart/hl7';
import { hl7DateTime } from '../../../electron/main/services/chart/hl7/timestamps';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../../helpers/practice';
import { countRows } from '../../helpers/sentinel';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/hl7', name), 'utf8');
const march = fixture('cmp-2026-03.hl7');
const june = fixture('cmp-lipid-2026-06.hl7');

/** A short message for one case: the segments after MSH, joined with the standard CR. */
const message = (
  segments: string[],
  header = 'MSH|^~\\&|LAB|LAB FACILITY|CR|TFP|20250102090000||ORU^R01|CASE-1|P|2.5.1',
) => [header, ...segments].join('\r');
const pid = 'PID|1||100001^^^TFP^MR||JOHNSON^ROBERT||19620915|M';
const obr = 'OBR|1||ACC-9|2823-3^Potassium^LN|||202501020800';
const obx = (fields: string) => `OBX|1|${fields}`;

const rejection = (content: string) => {
  try {
    parseOru(content);
  } catch (error) {
    if (error instanceof Hl7Rejection) return `${error.kind}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a rejection');
};

describe('HL7 v2 ORU^R01 parser', () => {
  it('reads a reference lab CMP: header, patient, order, results, flags, units, ranges, LOINC and notes', () => {
    const parsed = parseOru(march);
    expect(parsed).toMatchObject({
      controlId: 'LC20260310-000117',
      version: '2.5.1',
      sendingFacility: 'LABCORP BURLINGTON',
      patient: { mrn: '100001', familyName: 'JOHNSON', givenName: 'ROBERT', birthDate: '1962-09-15', sex: 'M' },
    });
    expect(parsed.panels).toHaveLength(1);
    const [cmp] = parsed.panels;
    expect(cmp).toMatchObject({
      name: 'Comprehensive metabolic panel',
      collectedAt: '2026-03-10T08:15',
      orderingProvider: 'DR JUN PARK, MD',
      performingLab: 'LABCORP BURLINGTON',
      accession: 'LC-2026-0310-118',
      comment: 'Fasting specimen.',
    });
    expect(cmp!.observations).toHaveLength(15);
    expect(cmp!.observations[0]).toEqual({
      analyte: 'Glucose',
      loinc: '2345-7',
      value: '112',
      numericValue: 112,
      unit: 'mg/dL',
      referenceRange: '70-99',
      referenceLow: 70,
      referenceHigh: 99,
      flag: 'H',
      observedAt: '2026-03-10T08:15',
      comment: '',
    });
    const byName = new Map(cmp!.observations.map((o) => [o.analyte, o]));
    // OBX-8 "N" is normal; an SN value keeps its comparator and is not a plain number.
    expect(byName.get('Urea nitrogen (BUN)')?.flag).toBe('');
    expect(byName.get('eGFR')).toMatchObject({ value: '>60', numericValue: null, flag: '', referenceLow: 59 });
    // The NTE after an OBX belongs to that result.
    expect(byName.get('Potassium')).toMatchObject({
      flag: 'H',
      comment: 'Specimen slightly hemolyzed; potassium may be falsely elevated.',
    });
  });

  it('reads a file with CRLF line ends and two orders as two panels; TX repetitions become lines', () => {
    const parsed = parseOru(june);
    expect(parsed.panels.map((p) => [p.name, p.observations.length])).toEqual([
      ['Comprehensive metabolic panel', 8],
      ['Lipid panel with direct LDL', 5],
    ]);
    const lipid = parsed.panels[1]!;
    expect(lipid.observations.map((o) => o.flag)).toEqual(['H', '', 'L', 'H', '']);
    expect(lipid.observations[4]!.value).toBe('Patient reported fasting 12 hours.\nRepeat in 3 months advised.');
  });

  it('accepts CR, LF and CRLF segment ends, blank lines, a byte-order mark and MLLP framing alike', () => {
    const lines = march.split('\r').filter(Boolean);
    const expected = parseOru(march);
    for (const content of [
      lines.join('\n'),
      lines.join('\r\n'),
      `\uFEFF${lines.join('\n\n')}\n`,
      `\u000b${lines.join('\r')}\r\u001c\r`,
    ]) {
      expect(parseOru(content)).toEqual(expected);
    }
  });

  it('uses the encoding characters MSH-1 and MSH-2 declare, and every escape sequence', () => {
    const custom = [
      'MSH#$~\\@#LAB#LAB FACILITY#CR#TFP#20250102090000##ORU$R01#CASE-2#P#2.3',
      'PID#1##100001$$$TFP$MR##JOHNSON$ROBERT##19620915#M',
      'OBR#1##ACC-2#2823-3$Potassium$LN###202501020800',
      'OBX#1#NM#2823-3$Potassium$LN##5.9#mmol/L#3.5-5.1####F',
      'NTE#1#L#a\\F\\b \\S\\ c\\T\\d e\\R\\f g\\E\\h\\.br\\next \\X41\\ \\H\\bold\\N\\',
    ].join('\r');
    const parsed = parseOru(custom);
    expect(parsed.patient.mrn).toBe('100001');
    expect(parsed.panels[0]!.observations[0]).toMatchObject({ analyte: 'Potassium', unit: 'mmol/L', flag: 'H' });
    expect(parsed.panels[0]!.observations[0]!.comment).toBe('a#b $ c@d e~f g\\h\nnext A bold');
  });

  it('computes the flag from OBX-7 when OBX-8 is empty, and keeps critical flags the lab sends', () => {
    const parsed = parseOru(
      message([
        pid,
        obr,
        'OBX|1|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1||||F',
        'OBX|2|NM|2951-2^Sodium^LN||118|mmol/L|134-144|LL|||F',
        'OBX|3|ST|5196-1^HBsAg^LN||Reactive||Non-reactive||||F',
        'OBX|4|CE|5778-6^Urine color^LN||YEL^Yellow^L||||||F',
        'OBX|5|NM|777-3^Platelets^LN||||150-400||||X',
        'OBX|6|NM|6690-2^WBC^LN||99|10*3/uL|4.0-10.5|HH|||D',
      ]),
    );
    expect(parsed.panels[0]!.observations.map((o) => [o.analyte, o.value, o.flag, o.observedAt])).toEqual([
      ['Potassium', '5.9', 'H', '2025-01-02T08:00'],
      ['Sodium', '118', 'LL', '2025-01-02T08:00'],
      ['HBsAg', 'Reactive', 'A', '2025-01-02T08:00'],
      ['Urine color', 'Yellow', '', '2025-01-02T08:00'],
      ['Platelets', 'Not obtained', '', '2025-01-02T08:00'],
    ]);
  });

  it('takes the collection time from the first result when OBR-7 is empty', () => {
    const parsed = parseOru(
      message([
        pid,
        'OBR|1||ACC-9|2823-3^Potassium^LN',
        obx('NM|2823-3^Potassium^LN||4.0|mmol/L|3.5-5.1||||F|||202501030730'),
      ]),
    );
    expect(parsed.panels[0]!.collectedAt).toBe('2025-01-03T07:30');
  });

  it('moves a time with a UTC offset onto the workstation clock', () => {
    const expected = new Date(Date.UTC(2026, 2, 10, 13, 15));
    const pad = (n: number) => String(n).padStart(2, '0');
    expect(hl7DateTime('202603100815-0500')).toBe(
      `${expected.getFullYear()}-${pad(expected.getMonth() + 1)}-${pad(expected.getDate())}T${pad(expected.getHours())}:${pad(expected.getMinutes())}`,
    );
    expect([hl7DateTime('20260310'), hl7DateTime('2026031008'), hl7DateTime('20260310081530.1234')]).toEqual([
      '2026-03-10',
      '2026-03-10T08:00',
      '2026-03-10T08:15',
    ]);
    expect([hl7DateTime('20260230'), hl7DateTime('202603102515'), hl7DateTime('March 10')]).toEqual([null, null, null]);
  });

  it.each([
    ['an empty file', '\r\n\r\n', /^unreadable: The file is empty/],
    ['a file that does not start with MSH', `PID|1\r${march}`, /^unreadable: .*first line must be an MSH segment/],
    ['binary content', `${march}\u0000\u0001`, /^unreadable: Line 23 of the file contains binary data/],
    ['encoding characters that repeat', message([pid], 'MSH|^^\\&|LAB|LAB|CR|TFP|2025||ORU^R01|X|P|2.5'), /repeat/],
    ['no encoding characters', 'MSH|', /does not declare its encoding characters/],
    ['another message type', fixture('not-oru-adt.hl7'), /^not-oru: This file is an HL7 ADT\^A08 message \(MSH-9\)/],
    [
      'HL7 version 3',
      message([pid, obr], 'MSH|^~\\&|LAB|LAB|CR|TFP|2025||ORU^R01|X|P|3.0'),
      /^not-oru: .*version 3\.0/,
    ],
    [
      'no message control ID',
      message([pid, obr], 'MSH|^~\\&|LAB|LAB|CR|TFP|2025||ORU^R01||P|2.5'),
      /Segment 1 \(MSH\) has no message control ID in MSH-10/,
    ],
    ['two messages in one file', `${march}${march}`, /holds 2 messages/],
    ['no PID', message([obr, obx('NM|X^Y^LN||1')]), /no PID segment/],
    ['two patients', message([pid, pid, obr]), /results for 2 patients/],
    [
      'a PID with no ID and no name',
      message(['PID|1||||||19620915', obr]),
      /Segment 2 \(PID\) has neither a patient ID in PID-3 nor a name in PID-5/,
    ],
    [
      'a PID with a bad birth date',
      message(['PID|1||1^^^X^MR||A^B||1962-09-15', obr]),
      /Segment 2 \(PID\) has "1962-09-15" as the date of birth in PID-7/,
    ],
    ['no OBR', message([pid]), /no OBR segment/],
    [
      'an OBX before its OBR',
      message([pid, obx('NM|2823-3^Potassium^LN||4.0'), obr]),
      /Segment 3 \(OBX\) comes before any OBR/,
    ],
    [
      'an OBR without a test name',
      message([pid, 'OBR|1||ACC|||202501020800', obx('NM|X^Y^LN||1')]),
      /Segment 3 \(OBR\) has no test name in OBR-4/,
    ],
    [
      'an OBR without a collection time',
      message([pid, 'OBR|1||ACC|X^Y^LN', obx('NM|X^Y^LN||1')]),
      /Segment 3 \(OBR\) has no collection time in OBR-7/,
    ],
    [
      'an OBR without results',
      message([pid, obr, 'OBR|2||ACC|X^Y^LN|||202501020800', obx('NM|X^Y^LN||1')]),
      /Segment 3 \(OBR\) has no results/,
    ],
    [
      'an OBX without a value type',
      message([pid, obr, obx('|2823-3^Potassium^LN||4.0')]),
      /^malformed: Segment 4 \(OBX\) has no value type in OBX-2\.$/,
    ],
    [
      'an unsupported value type',
      message([pid, obr, obx('ED|X^Report^LN||^AP^PDF^Base64^JVBERi0=')]),
      /Segment 4 \(OBX\) has value type ED in OBX-2; Chartroom imports NM, ST, TX, FT, SN, CE, CWE results/,
    ],
    [
      'an OBX without a name',
      message([pid, obr, obx('NM|||4.0')]),
      /Segment 4 \(OBX\) has no observation name or code in OBX-3/,
    ],
    [
      'an NM value that is not a number',
      message([pid, obr, obx('NM|2823-3^Potassium^LN||high')]),
      /Segment 4 \(OBX\) has "high" in OBX-5, which is not a number although OBX-2 says NM/,
    ],
    [
      'an SN value that is not a number',
      message([pid, obr, obx('SN|X^Titer^LN||^1^:^many')]),
      /not a structured number \(SN\)/,
    ],
    [
      'an empty value',
      message([pid, obr, obx('NM|2823-3^Potassium^LN||')]),
      /Segment 4 \(OBX\) has no result value in OBX-5 for Potassium/,
    ],
    [
      'a result time that is not a time',
      message([pid, obr, obx('NM|2823-3^Potassium^LN||4||||||F|||yesterday')]),
      /Segment 4 \(OBX\) has "yesterday" in OBX-14/,
    ],
    [
      'a collection date in the future',
      message([pid, 'OBR|1||ACC|X^Y^LN|||29990101', obx('NM|X^Y^LN||1')]),
      /Segment 3 \(OBR\) is dated 2999-01-01 in OBR-7, in the future/,
    ],
    [
      'a line that is not a segment',
      message([pid, obr, 'obx|1|NM|X^Y^LN||1']),
      /Segment 4 does not start with a segment name/,
    ],
  ])('rejects %s with the reason', (_case, content, reason) => {
    expect(rejection(content)).toMatch(reason);
  });
});

describe('HL7 import through the API', () => {
  let practice: TestPractice;
  let nurse: Caller;
  let robertId = 0;
  let mariaId = 0;
  const sqlite = () => practice.app.services.vault.store.sqlite;
  const count = (table: string) => countRows(sqlite(), table);
  const written = () => ({
    panels: count('lab_panels'),
    observations: count('lab_observations'),
    imported: (
      sqlite().prepare("SELECT count(*) AS n FROM lab_imports WHERE outcome = 'imported'").get() as { n: number }
    ).n,
  });
  const rejectedRows = () =>
    sqlite()
      .prepare("SELECT file_name, reason, message_control_id FROM lab_imports WHERE outcome = 'rejected' ORDER BY id")
      .all() as {
      file_name: string;
      reason: string;
      message_control_id: string;
    }[];
  const auditRows = (action: string) =>
    sqlite().prepare('SELECT detail, patient_id, outcome FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
      detail: string;
      patient_id: number | null;
      outcome: string;
    }[];

  beforeAll(async () => {
    practice = await createTestPractice();
    nurse = await practice.signIn('nurse');
    // The first patient registered gets MRN 100001, the MRN in the fixture files.
    const robert = await nurse.must('patients.register', {
      patient: patientInput({
        legalGivenName: 'Robert',
        legalFamilyName: 'Johnson',
        birthDate: '1962-09-15',
        sex: 'male',
      }),
    });
    const maria = await nurse.must('patients.register', { patient: patientInput() });
    if (robert.status !== 'registered' || maria.status !== 'registered') throw new Error('expected registrations');
    robertId = robert.patient.id;
    mariaId = maria.patient.id;
    expect(robert.patient.mrn).toBe('100001');
  });
  afterAll(() => practice.cleanup());

  it('previews a file: the MRN match is proposed first, with what will be imported; nothing is written', async () => {
    const before = written();
    const preview = await nurse.must('labs.previewImport', { fileName: 'cmp-2026-03.hl7', content: march });
    expect(preview.candidates).toEqual([
      { patient: expect.objectContaining({ id: robertId, mrn: '100001' }), matchedBy: 'mrn', differences: [] },
    ]);
    expect(preview.filePatient).toEqual({
      mrn: '100001',
      familyName: 'JOHNSON',
      givenName: 'ROBERT',
      birthDate: '1962-09-15',
      sex: 'M',
    });
    expect(preview.panels[0]!.observations).toHaveLength(15);
    expect(written()).toEqual(before);
  });

  it('imports the confirmed file in one transaction: panels, results, the log row and the audit row', async () => {
    const result = await nurse.must('labs.confirmImport', {
      fileName: 'cmp-2026-03.hl7',
      content: march,
      patientId: robertId,
    });
    expect(result.panels).toHaveLength(1);
    expect(result.panels[0]).toMatchObject({
      source: 'hl7',
      messageControlId: 'LC20260310-000117',
      accession: 'LC-2026-0310-118',
      collectedAt: '2026-03-10T08:15',
    });
    expect(written()).toEqual({ panels: 1, observations: 15, imported: 1 });
    const log = sqlite().prepare("SELECT * FROM lab_imports WHERE outcome = 'imported'").get() as Record<
      string,
      unknown
    >;
    expect(log).toMatchObject({ patient_id: robertId, panel_id: result.panels[0]!.id, file_name: 'cmp-2026-03.hl7' });
    expect(log.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(auditRows('lab.import')).toEqual([
      { detail: 'message=LC20260310-000117; panels=1; results=15', patient_id: robertId, outcome: 'success' },
    ]);
    const listed = await nurse.must('labs.list', { patientId: robertId });
    expect(listed.active[0]!.observations.find((o) => o.analyte === 'Potassium')).toMatchObject({
      value: '5.4',
      flag: 'H',
      comment: expect.stringContaining('hemolyzed'),
    });
  });

  it('refuses the same message (MSH-10) twice, at preview and at confirm, and logs each refusal', async () => {
    const before = written();
    const preview = await nurse.call('labs.previewImport', { fileName: 'again.hl7', content: march });
    expect(preview.ok ? '' : `${preview.error.code} ${preview.error.message}`).toMatch(
      /^CONFLICT This message \(LC20260310-000117\) was already imported on \d{4}-\d{2}-\d{2}; it is not imported twice\.$/,
    );
    // Saved again with other line ends: the same message all the same.
    const confirm = await nurse.call('labs.confirmImport', {
      fileName: 'again-crlf.hl7',
      content: march.replaceAll('\r', '\r\n'),
      patientId: robertId,
    });
    expect(confirm.ok ? '' : confirm.error.code).toBe('CONFLICT');
    expect(written()).toEqual(before);
    expect(rejectedRows().slice(-2)).toEqual([
      {
        file_name: 'again.hl7',
        reason: expect.stringMatching(/already imported/),
        message_control_id: 'LC20260310-000117',
      },
      {
        file_name: 'again-crlf.hl7',
        reason: expect.stringMatching(/already imported/),
        message_control_id: 'LC20260310-000117',
      },
    ]);
    expect(auditRows('lab.import-rejected').slice(-2)).toEqual([
      { detail: 'reason=duplicate', patient_id: null, outcome: 'failure' },
      { detail: 'reason=duplicate', patient_id: null, outcome: 'failure' },
    ]);
  });

  it('rejects a message that fails mid-way whole: no panel and no result of it is written', async () => {
    const before = written();
    const content = fixture('malformed-mid-way.hl7');
    const preview = await nurse.call('labs.previewImport', { fileName: 'mid-way.hl7', content });
    expect(preview.ok ? '' : `${preview.error.code} ${preview.error.message}`).toBe(
      'BAD_REQUEST Segment 17 (OBX) has no value type in OBX-2.',
    );
    const confirm = await nurse.call('labs.confirmImport', { fileName: 'mid-way.hl7', content, patientId: robertId });
    expect(confirm.ok ? '' : confirm.error.message).toBe('Segment 17 (OBX) has no value type in OBX-2.');
    expect(written()).toEqual(before);
    expect(rejectedRows().at(-1)).toEqual({
      file_name: 'mid-way.hl7',
      reason: 'Segment 17 (OBX) has no value type in OBX-2.',
      message_control_id: '',
    });
    expect(auditRows('lab.import-rejected').at(-1)).toEqual({
      detail: 'reason=malformed',
      patient_id: null,
      outcome: 'failure',
    });
  });

  it('rolls back every panel when a write fails after the first panel was written', async () => {
    const before = written();
    const imports = count('lab_imports');
    const versions = count('chart_item_versions');
    sqlite().exec(`CREATE TEMP TRIGGER fail_hdl BEFORE INSERT ON lab_observations WHEN NEW.analyte = 'HDL cholesterol'
      BEGIN SELECT RAISE(ABORT, 'disk fault during the test'); END`);
    try {
      const result = await nurse.call('labs.confirmImport', {
        fileName: 'june.hl7',
        content: june,
        patientId: robertId,
      });
      expect(result.ok).toBe(false);
    } finally {
      sqlite().exec('DROP TRIGGER fail_hdl');
    }
    expect(written()).toEqual(before);
    expect([count('lab_imports'), count('chart_item_versions')]).toEqual([imports, versions]);
    expect(auditRows('lab.add')).toHaveLength(1);
  });

  it('rejects an unmatched patient with the reason, and logs it', async () => {
    const before = written();
    const stranger = march
      .replace('100001^^^TFP^MR', '555555^^^TFP^MR')
      .replace('JOHNSON^ROBERT^ALAN||19620915', 'DOE^JANE||19700101')
      .replace('LC20260310-000117', 'LC-STRANGER');
    const result = await nurse.call('labs.previewImport', { fileName: 'stranger.hl7', content: stranger });
    expect(result.ok ? '' : `${result.error.code} ${result.error.message}`).toBe(
      'BAD_REQUEST No patient in this practice matches the file (MRN 555555, DOE, JANE, born 1970-01-01). Register the patient first, or check the file with the lab.',
    );
    expect(rejectedRows().at(-1)).toMatchObject({ file_name: 'stranger.hl7', message_control_id: 'LC-STRANGER' });
    expect(auditRows('lab.import-rejected').at(-1)?.detail).toBe('reason=unmatched');
    expect(written()).toEqual(before);
  });

  it('proposes name and date-of-birth matches when no MRN matches, with the differences named', async () => {
    const content = june.replace('100001^^^TFP^MR', '777777^^^TFP^MR');
    const preview = await nurse.must('labs.previewImport', { fileName: 'june.hl7', content });
    expect(preview.candidates).toEqual([
      {
        patient: expect.objectContaining({ id: robertId }),
        matchedBy: 'name-and-birth-date',
        differences: ["The file's MRN is 777777; this patient's MRN is 100001."],
      },
    ]);
  });

  it('refuses to import onto a patient who differs from the file without an override, then imports with one', async () => {
    const content = june.replace('LC20260612-000842', 'LC-WRONG-PATIENT');
    const before = written();
    const refused = await nurse.call('labs.confirmImport', { fileName: 'june.hl7', content, patientId: mariaId });
    expect(refused.ok ? '' : `${refused.error.code} ${refused.error.field}`).toBe('CONFLICT overrideReason');
    expect(refused.ok ? '' : refused.error.message).toBe(
      'The file\'s MRN is 100001; this patient\'s MRN is 100002. The file\'s family name is "JOHNSON"; this patient\'s is "Lopez". The file\'s given name is "ROBERT"; this patient\'s is "Maria". The file\'s date of birth is 1962-09-15; this patient\'s is 1980-03-04. Check that this is the right patient; to import anyway, give the reason.',
    );
    expect(written()).toEqual(before);
    const missing = await nurse.call('labs.confirmImport', { fileName: 'june.hl7', content, patientId: 999_999 });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
    await nurse.must('labs.confirmImport', {
      fileName: 'june.hl7',
      content,
      patientId: mariaId,
      overrideReason: 'Lab registered her under her husband; confirmed by phone',
    });
    expect(written()).toEqual({
      panels: before.panels + 2,
      observations: before.observations + 13,
      imported: before.imported + 1,
    });
    expect(auditRows('lab.import').at(-1)).toEqual({
      detail:
        'message=LC-WRONG-PATIENT; panels=2; results=13; identity override: Lab registered her under her husband; confirmed by phone',
      patient_id: mariaId,
      outcome: 'success',
    });
  });

  it('lets the largest file through the request guard, even when JSON doubles every line break', () => {
    const largest = { fileName: 'f'.repeat(255), content: '\r\n'.repeat(maxHl7FileCharacters / 2), patientId: 1 };
    expect(inputProblem(largest, 'labs.confirmImport')).toBeNull();
  });

  it('refuses files over the size limit before reading them, and roles without chart.write', async () => {
    const huge = await nurse.call('labs.previewImport', {
      fileName: 'huge.hl7',
      content: `${march}\r${'NTE|1|L|padding\r'.repeat(maxHl7FileCharacters / 16)}`,
    });
    expect(huge.ok ? '' : huge.error.message).toMatch(/larger than 500 KB/);
    const desk = await practice.signIn('front_desk');
    const refused = await desk.call('labs.previewImport', { fileName: 'x.hl7', content: march });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
  });

  it('keeps the import log append-only', () => {
    expect(() => sqlite().prepare('DELETE FROM lab_imports').run()).toThrow(/never deleted/);
    expect(() => sqlite().prepare("UPDATE lab_imports SET reason = 'x'").run()).toThrow(/never changed/);
  });
});
