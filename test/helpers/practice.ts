import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InputOf, OutputOf, ProcedureName } from '../../electron/contract/procedures';
import type { Result } from '../../electron/contract/result';
import type { Role } from '../../electron/contract/roles';
import { type ChartroomApp, type Connection, startChartroom } from '../../electron/main/bootstrap';
import { chromiumPdf } from '../../electron/main/preview/chromium-pdf';
import { otherPatientInput, patientInput, practiceInput, staffPasswords } from './test-data';

export * from './test-data';

/**
 * A real practice in a temp folder: real encrypted store, real router, real Argon2id. Tests talk to
 * it exactly as the renderer does, through `call(procedure, input)` on a connection.
 */
export interface Caller {
  connection: Connection;
  call<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>>;
  /** Calls and returns the value, failing the test with the error message otherwise. */
  must<N extends ProcedureName>(name: N, input: InputOf<N>): Promise<OutputOf<N>>;
  raw(name: string, input: unknown): Promise<Result<unknown>>;
}

export const callerFor = (app: ChartroomApp, connection: Connection): Caller => ({
  connection,
  call: (name, input) => app.call(connection, name, input) as never,
  raw: (name, input) => app.call(connection, name, input),
  async must(name, input) {
    const result = await app.call(connection, name, input);
    if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
    return result.value as never;
  },
});

export interface TestPractice {
  dir: string;
  app: ChartroomApp;
  recoveryKey: string;
  /** A new connection (a new window), not signed in. */
  connect(workstation?: string): Caller;
  /** A new connection signed in as the given role's test user. */
  signIn(role: Role): Promise<Caller>;
  /** Closes the app (the store) without removing the folder, e.g. to reopen it. */
  close(): void;
  reopen(): TestPractice;
  cleanup(): void;
}

export const tempDir = (prefix = 'chartroom-test-'): string => mkdtempSync(join(tmpdir(), prefix));

const wrap = (dir: string, app: ChartroomApp, recoveryKey: string): TestPractice => {
  const practice: TestPractice = {
    dir,
    app,
    recoveryKey,
    connect: (workstation = 'test-workstation') => callerFor(app, app.openConnection('http', workstation)),
    async signIn(role) {
      const caller = practice.connect();
      const staff = staffPasswords[role];
      await caller.must('auth.login', { username: staff.username, password: staff.password });
      return caller;
    },
    close: () => app.close(),
    reopen() {
      app.close();
      return wrap(
        dir,
        startChartroom({
          dataDir: dir,
          appVersion: 'test',
          validateOutputs: true,
          log: () => {},
          scheduleBackups: false,
          // Chromium starts only if a test prints.
          pdf: chromiumPdf(),
        }),
        recoveryKey,
      );
    },
    cleanup() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return practice;
};

/** Sets up a practice with one user per role (none has to change their password). */
export const createTestPractice = async (options: { staff?: boolean } = {}): Promise<TestPractice> => {
  const dir = tempDir();
  const app = startChartroom({
    dataDir: dir,
    appVersion: 'test',
    validateOutputs: true,
    log: () => {},
    scheduleBackups: false,
    // Chromium starts only if a test prints.
    pdf: chromiumPdf(),
  });
  const setupCaller = callerFor(app, app.openConnection('http', 'setup-workstation'));
  const manager = staffPasswords.office_manager;
  const { recoveryKey } = await setupCaller.must('setup.initialise', {
    practice: practiceInput,
    admin: { username: manager.username, fullName: manager.fullName, password: manager.password },
  });
  const practice = wrap(dir, app, recoveryKey);
  if (options.staff !== false) {
    const admin = await practice.signIn('office_manager');
    for (const role of ['physician', 'nurse', 'front_desk'] as const) {
      const staff = staffPasswords[role];
      const user = await admin.must('users.create', { ...staff, role });
      // The test users start with their own password, as if they had already changed it.
      app.services.vault.store.sqlite.prepare('UPDATE users SET must_change_password = 0 WHERE id = ?').run(user.id);
    }
  }
  return practice;
};

/**
 * Registers a chart's patient (patientInput with these overrides) and another patient through the
 * API, and returns both ids: the chart under test and the chart a wrong-patient write aims at.
 */
export const registerChartPair = async (
  caller: Caller,
  patient: Partial<InputOf<'patients.register'>['patient']> = {},
  other: Partial<InputOf<'patients.register'>['patient']> = otherPatientInput,
): Promise<{ patientId: number; otherPatientId: number }> => {
  const one = await caller.must('patients.register', { patient: patientInput(patient) });
  const two = await caller.must('patients.register', { patient: patientInput(other) });
  if (one.status !== 'registered' || two.status !== 'registered') throw new Error('expected two registrations');
  return { patientId: one.patient.id, otherPatientId: two.patient.id };
};
