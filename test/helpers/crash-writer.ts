/**
 * The victim process of the S15 crash test (test/security/s15-crash-safety.test.ts): it opens an
 * existing practice, signs in, prints "ready", then registers and edits patients through the router
 * as fast as it can until it is killed. After every write that returned it prints what is committed:
 *   registered <patientId>      updated <patientId> <version>
 * so the parent can check that nothing acknowledged was lost.
 *
 *   node --import tsx test/helpers/crash-writer.ts <dataDir> [migrationsDir]
 */
import { startChartroom } from '../../electron/main/bootstrap';
import { patientInput, staffPasswords } from './test-data';

const [dataDir, migrationsDir] = process.argv.slice(2);
if (!dataDir) {
  process.stderr.write('usage: crash-writer <dataDir> [migrationsDir]\n');
  process.exit(64);
}

const app = startChartroom({
  dataDir,
  appVersion: 'crash-writer',
  ...(migrationsDir ? { migrationsDir } : {}),
  log: (line) => process.stderr.write(`${line}\n`),
});
const connection = app.openConnection('cli', `crash-writer-${process.pid}`);
const fail = (what: string, result: unknown): never => {
  process.stderr.write(`${what}: ${JSON.stringify(result)}\n`);
  process.exit(2);
};

const manager = staffPasswords.office_manager;

/** No top-level await: the test bundles this file to CommonJS so that each start takes a fraction of a second. */
const main = async () => {
  const login = await app.call(connection, 'auth.login', { username: manager.username, password: manager.password });
  if (!login.ok) fail('login', login);
  process.stdout.write('ready\n');

  for (let i = 0; ; i++) {
    const tag = `${process.pid}x${i}`;
    const insurance = (n: number) => ({
      payerName: 'Crash Mutual',
      memberId: `M${tag}v${n}`,
      subscriberRelationship: 'self' as const,
    });
    const patient = patientInput({
      legalGivenName: `Crash${tag}`,
      legalFamilyName: `Writer${i % 7}`,
      birthDate: `${1930 + (i % 80)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      insurance: insurance(1),
    });
    const registered = await app.call(connection, 'patients.register', {
      patient,
      duplicateOverride: { reason: 'crash test' },
    });
    const value = registered.ok ? (registered.value as { status: string; patient?: { id: number } }) : null;
    if (!value?.patient) return fail('register', registered);
    const patientId = value.patient.id;
    process.stdout.write(`registered ${patientId}\n`);

    // Two edits: each one a multi-row transaction (patient, history, search row, retired + new policy, audit).
    for (let version = 1; version <= 2; version++) {
      const updated = await app.call(connection, 'patients.update', {
        patientId,
        expectedVersion: version,
        patient: { ...patient, homePhone: `(217) 555-${String(1000 + version)}`, insurance: insurance(version + 1) },
      });
      if (!updated.ok) fail('update', updated);
      process.stdout.write(`updated ${patientId} ${version + 1}\n`);
    }
  }
};

main().catch((error: unknown) => fail('crash-writer', String(error)));
