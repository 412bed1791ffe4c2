import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxPayloadBytes } from '../../electron/main/api/input-guard';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../helpers/practice';
import { countRows } from '../helpers/sentinel';

/**
 * S11: input is validated at the boundary. Everything a compromised renderer could send goes through
 * the router exactly as over IPC (JSON-shaped values, so `__proto__` is an own key); refusals are
 * BAD_REQUEST and write nothing, and odd but legitimate text is stored and returned byte for byte.
 */
const tables = ['patients', 'patient_history', 'insurance_policies', 'audit_log', 'drafts', 'users'] as const;

const validPatient = () =>
  JSON.parse(JSON.stringify(patientInput({ legalGivenName: 'Valid', legalFamilyName: 'Shape' })));

/** Nested objects `depth` levels deep, built without recursion. */
const nested = (depth: number) => {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { child: value };
  return value;
};

describe('S11 input validated at the boundary', () => {
  let practice: TestPractice;
  let desk: Caller;
  const sqlite = () => practice.app.services.vault.store.sqlite;
  const counts = () =>
    Object.fromEntries(tables.map((t) => [t, countRows(sqlite(), t)])) as Record<(typeof tables)[number], number>;

  beforeAll(async () => {
    practice = await createTestPractice();
    desk = await practice.signIn('front_desk');
  });
  afterAll(() => practice.cleanup());

  const register = (patient: unknown, extra: Record<string, unknown> = {}) => ({ patient, ...extra });
  const withName = (name: unknown) => register({ ...validPatient(), legalGivenName: name });
  const cyclic: Record<string, unknown> = { patient: validPatient() };
  cyclic.self = cyclic;

  const bad: [string, string, unknown, RegExp?][] = [
    ['a number for a name', 'patients.register', withName(12345)],
    ['an array for the patient', 'patients.register', register([validPatient()])],
    ['a string for the input', 'patients.register', 'patient'],
    ['an array for the input', 'patients.register', [register(validPatient())]],
    ['null for the patient', 'patients.register', register(null)],
    ['a date of birth as a number', 'patients.register', register({ ...validPatient(), birthDate: 19800304 })],
    [
      'a date of birth that is not a date',
      'patients.register',
      register({ ...validPatient(), birthDate: '1980-02-30' }),
    ],
    ['a date of birth in the future', 'patients.register', register({ ...validPatient(), birthDate: '2999-01-01' })],
    ['an unknown sex', 'patients.register', register({ ...validPatient(), sex: 'other' })],
    ['a float for a patient id', 'patients.get', { patientId: 1.5 }],
    ['a negative patient id', 'patients.get', { patientId: -1 }],
    ['a string patient id', 'patients.get', { patientId: '1' }],
    [
      'an unknown key on the patient',
      'patients.register',
      register({ ...validPatient(), ssn: '123-45-6789' }),
      /unexpected fields: ssn/,
    ],
    [
      'an unknown top-level key',
      'patients.register',
      register(validPatient(), { role: 'office_manager' }),
      /unexpected fields: role/,
    ],
    ['an unknown key on an empty input', 'patients.search', { query: 'x', debug: true }],
    [
      'an unknown key on the address',
      'patients.register',
      register({ ...validPatient(), address: { line1: 'x', evil: 1 } }),
    ],
    [
      'a __proto__ key (JSON-parsed, so an own property)',
      'patients.register',
      JSON.parse(`{"patient": ${JSON.stringify(validPatient())}, "__proto__": {"isAdmin": true}}`),
      /"__proto__"/,
    ],
    [
      'a nested __proto__ key',
      'patients.register',
      JSON.parse(`{"patient": {"__proto__": {"polluted": 1}, "legalGivenName": "A"}}`),
      /"__proto__"/,
    ],
    [
      'a constructor key',
      'drafts.save',
      JSON.parse('{"key": "a", "patientId": null, "content": "x", "constructor": {"prototype": {"polluted": 1}}}'),
      /"constructor"/,
    ],
    ['a prototype key', 'patients.search', JSON.parse('{"query": "x", "prototype": {}}'), /"prototype"/],
    ['a NUL byte in a name', 'patients.register', withName('Ma\u0000ria'), /control characters/],
    ['a bell character in a name', 'patients.register', withName('Ma\u0007ria'), /control characters/],
    ['an ANSI escape in a name', 'patients.register', withName('\u001b[31mRed'), /control characters/],
    ['DEL in a name', 'patients.register', withName('Ma\u007fria'), /control characters/],
    ['a 10 kB name', 'patients.register', withName('a'.repeat(10_240)), /too long/],
    ['a 100 kB search', 'patients.search', { query: 'x'.repeat(100_000) }],
    [
      'a payload just over 1 MB',
      'drafts.save',
      { key: 'big', patientId: null, content: 'x'.repeat(maxPayloadBytes + 1) },
      /too large/,
    ],
    [
      'a 50 MB payload',
      'drafts.save',
      () => ({ key: 'big', patientId: null, content: 'x'.repeat(50 * 1024 * 1024) }),
      /too large/,
    ],
    [
      'a draft over its 256 kB limit',
      'drafts.save',
      { key: 'big', patientId: null, content: 'x'.repeat(262_145) },
      /too large to keep/,
    ],
    ['a draft key with path characters', 'drafts.save', { key: '../../etc/passwd', patientId: null, content: 'x' }],
    [
      'an object nested 40 deep',
      'patients.register',
      register(validPatient(), { deep: nested(40) }),
      /nested too deeply/,
    ],
    ['an object nested 5000 deep', 'patients.register', nested(5000), /nested too deeply|could not be read/],
    ['an object that refers to itself', 'patients.register', cyclic, /could not be read/],
    ['a BigInt', 'patients.get', { patientId: BigInt(1) }, /could not be read/],
    ['an audit limit out of range', 'audit.list', { limit: 10_000 }],
    ['an idle lock of 0 minutes', 'practice.update', { name: 'x', idleLockMinutes: 0 }],
  ];

  it.each(bad)('refuses %s with BAD_REQUEST and writes nothing', async (_label, name, input, message) => {
    const caller = name === 'practice.update' || name === 'audit.list' ? await practice.signIn('office_manager') : desk;
    const before = counts();
    const result = await caller.raw(name, typeof input === 'function' ? input() : input);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    if (message && !result.ok) expect(result.error.message).toMatch(message);
    expect(counts()).toEqual(before);
    // Nothing leaked onto Object.prototype either.
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  // KNOWN BUG (reported, left failing on purpose): fields.ts `text` lets \t, \n and \r through, so a
  // one-line name can carry a line break (a broken banner and label today; a segment break in any future
  // HL7 v2 or CSV export, where CR/LF end a record). Only multi-line text (longText) should allow them.
  it('refuses a line break or tab in a one-line name with BAD_REQUEST and writes nothing', async () => {
    for (const name of ['Maria\nPID|1||999', 'Maria\rX', 'Ma\tria']) {
      const before = counts();
      const result = await desk.raw('patients.register', withName(name));
      expect(result, JSON.stringify(name)).toMatchObject({
        ok: false,
        error: { code: 'BAD_REQUEST', field: 'patient.legalGivenName' },
      });
      expect(counts()).toEqual(before);
    }
  });

  it('treats a NUL byte in a search as harmless text: no error, nothing written', async () => {
    const before = counts();
    const result = await desk.raw('patients.search', { query: 'lo\u0000pez' });
    expect(result.ok || (!result.ok && result.error.code === 'BAD_REQUEST')).toBe(true);
    expect(counts()).toEqual(before);
  });

  it.each([
    'patients.delete',
    'patients.__proto__',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    'PATIENTS.GET',
    'patients.get ',
  ])('refuses the unknown procedure name %j with BAD_REQUEST and writes nothing', async (name) => {
    const before = counts();
    expect(await desk.raw(name, { patientId: 1 })).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: 'This request is not one Chartroom knows.' },
    });
    expect(counts()).toEqual(before);
  });

  it.each([
    ['SQL metacharacters', "Robert'); DROP TABLE patients;--", `O"Brien' OR '1'='1`],
    ['LIKE and FTS syntax', '100% _real_ name*', 'NEAR(a b) "quoted" names:x'],
    ['backslashes and semicolons', 'C:\\Windows\\System32;', '\\x00 \\n not-real-escapes'],
    ['HTML and script', '<script>alert(1)</script>', '<img src=x onerror="alert(document.cookie)">'],
    ['an RTL override', 'Ali\u202Egnp.exe', '\u202Bמרים\u202C'],
    ['zero-width joiners and spaces', 'A\u200Db\u200Cc\u200Bd', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}'],
    ['combining marks (not normalised)', 'Zoe\u0308 Cafe\u0301', 'Z\u0351\u0352\u0353algo'],
    ['emoji and astral characters', '\u{1F600}\u{1F4A9}', '\u{20BB7}\u{1D11E}'],
    ['a byte-order mark and a non-breaking space inside', 'An\u00A0Na', 'Mid\uFEFFdle'],
  ])('stores and returns %s literally, byte for byte', async (_label, given, family) => {
    const before = counts();
    const result = await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: given, legalFamilyName: family, birthDate: '1999-12-31' }),
      duplicateOverride: { reason: 'S11 literal storage test' },
    });
    if (result.status !== 'registered') throw new Error('expected a registration');
    const { id } = result.patient;
    expect(counts().patients).toBe(before.patients + 1);

    const bytes = (text: string) => Buffer.from(text, 'utf8').toString('hex');
    const returned = await desk.must('patients.get', { patientId: id });
    expect(bytes(returned.legalGivenName)).toBe(bytes(given));
    expect(bytes(returned.legalFamilyName)).toBe(bytes(family));
    const stored = sqlite()
      .prepare('SELECT legal_given_name AS given, legal_family_name AS family FROM patients WHERE id = ?')
      .get(id) as { given: string; family: string };
    expect(bytes(stored.given)).toBe(bytes(given));
    expect(bytes(stored.family)).toBe(bytes(family));
    // The table and its neighbours are still there, and search treats the text as text.
    expect(countRows(sqlite(), 'patients')).toBe(before.patients + 1);
    const found = await desk.call('patients.search', { query: given });
    expect(found.ok).toBe(true);
  });
});
