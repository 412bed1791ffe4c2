import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import type { ProcedureName } from '../contract/procedures';
import { type ChartroomApp, type Connection, startChartroom } from './bootstrap';
import { createDemoPractice, demoStaff } from './services/synthetic/demo-practice';

/**
 * The admin CLI (issue 2): the same services and the same router as the app, so every command is
 * permission-checked and audited like a click. Exit 0 on success; otherwise one plain line on stderr.
 * Passwords come from a file, never from the command line (where `ps` and shell history would see them).
 */
class UsageError extends Error {}
class CommandError extends Error {}

const usage = `Chartroom admin CLI
  init      --data-dir DIR --practice NAME --admin USERNAME --password-file FILE --recovery-key-out FILE [--full-name NAME]
  demo      --data-dir DIR [--patients N] [--seed N] [--if-missing]
  patients add    --data-dir DIR --user U --password-file F --given G --family F --birth-date YYYY-MM-DD [--sex S] [--phone P]
  patients search --data-dir DIR --user U --password-file F --query TEXT [--json]`;

const readPasswordFile = (path: string | undefined): string => {
  if (!path) throw new UsageError('Give the password in a file with --password-file FILE (never on the command line).');
  if (!existsSync(path)) throw new CommandError(`The password file ${path} does not exist.`);
  return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
};

const required = (values: Record<string, unknown>, name: string): string => {
  const value = values[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`Missing --${name}.`);
  return value;
};

const open = (dataDir: string) => {
  const app = startChartroom({
    dataDir,
    appVersion: process.env.npm_package_version ?? 'dev',
    log: () => {},
    scheduleBackups: false,
  });
  const connection = app.openConnection('cli', `${hostname()} (cli)`);
  const call = async <T>(name: ProcedureName, input: unknown): Promise<T> => {
    const result = await app.call(connection, name, input);
    if (!result.ok) throw new CommandError(result.error.message);
    return result.value as T;
  };
  return { app, connection, call };
};

const signIn = async (session: ReturnType<typeof open>, values: Record<string, unknown>) => {
  await session.call('auth.login', {
    username: required(values, 'user'),
    password: readPasswordFile(values['password-file'] as string | undefined),
  });
};

const close = (app: ChartroomApp, connection: Connection) => {
  app.closeConnection(connection);
  app.close();
};

const practiceFields = (name: string) => ({
  name,
  addressLine1: '',
  addressLine2: '',
  city: '',
  state: '',
  postalCode: '',
  phone: '',
  fax: '',
});

const init = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      practice: { type: 'string' },
      admin: { type: 'string' },
      'full-name': { type: 'string' },
      'password-file': { type: 'string' },
      'recovery-key-out': { type: 'string' },
    },
  });
  const keyOut = required(values, 'recovery-key-out');
  if (existsSync(keyOut))
    throw new CommandError(
      `${keyOut} already exists; choose a new file for the recovery key so no key is overwritten.`,
    );
  const session = open(required(values, 'data-dir'));
  try {
    const admin = required(values, 'admin');
    const created = await session.call<{ recoveryKey: string }>('setup.initialise', {
      practice: practiceFields(required(values, 'practice')),
      admin: {
        username: admin,
        fullName: values['full-name'] ?? admin,
        password: readPasswordFile(values['password-file']),
      },
    });
    writeFileSync(
      keyOut,
      `Chartroom recovery key for ${values.practice}\n${created.recoveryKey}\nKeep this in a safe. It unlocks every backup of this practice.\n`,
      { mode: 0o600 },
    );
    console.log(
      `Practice set up in ${values['data-dir']}. The recovery key is in ${keyOut}: print it, store it safely, then delete the file.`,
    );
  } finally {
    close(session.app, session.connection);
  }
};

const printDemoLogins = (dataDir: string) => {
  console.log(`Demo practice in ${dataDir}. Sign in as:`);
  for (const staff of demoStaff)
    console.log(
      `  ${staff.username.padEnd(9)} ${staff.password.padEnd(18)} ${staff.fullName} (${staff.role.replace('_', ' ')})`,
    );
};

const demo = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      patients: { type: 'string' },
      seed: { type: 'string' },
      'if-missing': { type: 'boolean' },
    },
  });
  const dataDir = required(values, 'data-dir');
  const count = Number(values.patients ?? 1000);
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000)
    throw new UsageError('--patients must be a whole number from 0 to 1000000.');
  if (values['if-missing'] && existsSync(`${dataDir}/keyring.json`)) {
    printDemoLogins(dataDir);
    return;
  }
  const app = startChartroom({
    dataDir,
    appVersion: process.env.npm_package_version ?? 'dev',
    log: () => {},
    scheduleBackups: false,
  });
  try {
    const started = performance.now();
    const { recoveryKey } = await createDemoPractice(app, {
      patients: count,
      seed: Number(values.seed ?? 20_261_122),
      onProgress: (done, total) => process.stderr.write(`\rpatients ${done}/${total}`),
    });
    if (count > 0) process.stderr.write(`\n${count} patients in ${Math.round(performance.now() - started)} ms\n`);
    printDemoLogins(dataDir);
    console.log(`Recovery key (demo): ${recoveryKey}`);
  } finally {
    app.close();
  }
};

const patients = async (args: string[]) => {
  const [action, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      'data-dir': { type: 'string' },
      user: { type: 'string' },
      'password-file': { type: 'string' },
      given: { type: 'string' },
      family: { type: 'string' },
      'birth-date': { type: 'string' },
      sex: { type: 'string' },
      phone: { type: 'string' },
      query: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (action !== 'add' && action !== 'search') throw new UsageError('Use "patients add" or "patients search".');
  const session = open(required(values, 'data-dir'));
  try {
    await signIn(session, values);
    if (action === 'add') {
      const result = await session.call<{ status: string; patient?: { mrn: string }; candidates?: { mrn: string }[] }>(
        'patients.register',
        {
          patient: {
            legalGivenName: required(values, 'given'),
            legalFamilyName: required(values, 'family'),
            birthDate: required(values, 'birth-date'),
            sex: values.sex ?? 'unknown',
            mobilePhone: values.phone ?? '',
            address: {},
            emergencyContact: {},
            insurance: null,
          },
        },
      );
      if (result.status !== 'registered') {
        throw new CommandError(
          `Possible duplicate of MRN ${result.candidates?.map((c) => c.mrn).join(', ')}: not registered. Check the existing patient in the app.`,
        );
      }
      console.log(result.patient?.mrn);
      return;
    }
    const found = await session.call<{
      results: { mrn: string; legalFamilyName: string; legalGivenName: string; birthDate: string; phone: string }[];
    }>('patients.search', { query: required(values, 'query'), limit: 100 });
    if (values.json) console.log(JSON.stringify(found.results, null, 2));
    else
      for (const p of found.results)
        console.log(`${p.mrn}\t${p.legalFamilyName}, ${p.legalGivenName}\t${p.birthDate}\t${p.phone}`);
  } finally {
    close(session.app, session.connection);
  }
};

const commands: Record<string, (args: string[]) => Promise<void>> = { init, demo, patients };

const main = async () => {
  const [command, ...args] = process.argv.slice(2);
  const run = command ? commands[command] : undefined;
  if (!run) {
    console.error(command ? `Unknown command "${command}".\n${usage}` : usage);
    process.exit(2);
  }
  try {
    await run(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
        ? `${message}\n${usage}`
        : message,
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  }
};

await main();
