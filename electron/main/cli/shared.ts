import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { ProcedureName } from '../../contract/procedures';
import { type ChartroomApp, type Connection, startChartroom } from '../bootstrap';

/** A mistake in how the command was typed: exit 2 with the usage text. */
export class UsageError extends Error {}
/** The command was understood but could not be done: exit 1 with one plain line. */
export class CommandError extends Error {}

export const readPasswordFile = (path: string | undefined): string => {
  if (!path) throw new UsageError('Give the password in a file with --password-file FILE (never on the command line).');
  if (!existsSync(path)) throw new CommandError(`The password file ${path} does not exist.`);
  return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
};

export const required = (values: Record<string, unknown>, name: string): string => {
  const value = values[name];
  if (typeof value !== 'string' || value.length === 0) throw new UsageError(`Missing --${name}.`);
  return value;
};

export const openCli = (dataDir: string) => {
  const app = startChartroom({
    dataDir,
    appVersion,
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

export const signIn = async (session: ReturnType<typeof openCli>, values: Record<string, unknown>) => {
  await session.call('auth.login', {
    username: required(values, 'user'),
    password: readPasswordFile(values['password-file'] as string | undefined),
  });
};

export const closeCli = (app: ChartroomApp, connection: Connection) => {
  app.closeConnection(connection);
  app.close();
};

export const appVersion = process.env.npm_package_version ?? 'dev';
