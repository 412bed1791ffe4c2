import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/practice';

/**
 * The admin CLI (issue 2): exit 0 on success; otherwise non-zero with one plain-language line on
 * stderr; passwords only from files.
 */
const root = join(import.meta.dirname, '..', '..');
const cli = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron/main/cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr.trim() };
};

describe('admin CLI', { timeout: 180_000 }, () => {
  let dir: string;
  let practiceDir: string;
  let passwordFile: string;

  beforeAll(() => {
    dir = tempDir('chartroom-cli-');
    practiceDir = join(dir, 'practice');
    passwordFile = join(dir, 'password');
    writeFileSync(passwordFile, 'juniper-lighthouse-63\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('init sets up a practice and writes the recovery key to a file', () => {
    const keyFile = join(dir, 'recovery.txt');
    const run = cli(
      'init',
      '--data-dir',
      practiceDir,
      '--practice',
      'Lakeside Clinic',
      '--admin',
      'boss',
      '--password-file',
      passwordFile,
      '--recovery-key-out',
      keyFile,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(keyFile, 'utf8')).toMatch(/([0-9A-Z]{5}-){11}[0-9A-Z]{5}/);
  });

  it('patients add prints the new MRN, and patients search finds it by name and by DOB', () => {
    const add = cli(
      'patients',
      'add',
      '--data-dir',
      practiceDir,
      '--user',
      'boss',
      '--password-file',
      passwordFile,
      '--given',
      'Noor',
      '--family',
      'Haddad',
      '--birth-date',
      '1988-11-30',
      '--sex',
      'female',
      '--phone',
      '217-555-0177',
    );
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/^\d{6}$/);
    const byName = cli(
      'patients',
      'search',
      '--data-dir',
      practiceDir,
      '--user',
      'boss',
      '--password-file',
      passwordFile,
      '--query',
      'had noo',
      '--json',
    );
    expect(byName.status).toBe(0);
    expect(JSON.parse(byName.stdout)).toEqual([
      expect.objectContaining({ mrn: add.stdout, legalFamilyName: 'Haddad' }),
    ]);
    const byDob = cli(
      'patients',
      'search',
      '--data-dir',
      practiceDir,
      '--user',
      'boss',
      '--password-file',
      passwordFile,
      '--query',
      '11/30/88',
    );
    expect(byDob.stdout).toContain('Haddad, Noor');
  });

  it('fails with one plain line: wrong password, bad date, second init, missing folder', () => {
    const wrong = join(dir, 'wrong');
    writeFileSync(wrong, 'not-the-password');
    const cases = [
      cli('patients', 'search', '--data-dir', practiceDir, '--user', 'boss', '--password-file', wrong, '--query', 'x'),
      cli(
        'patients',
        'add',
        '--data-dir',
        practiceDir,
        '--user',
        'boss',
        '--password-file',
        passwordFile,
        '--given',
        'A',
        '--family',
        'B',
        '--birth-date',
        '1988-02-30',
      ),
      cli(
        'init',
        '--data-dir',
        practiceDir,
        '--practice',
        'Again',
        '--admin',
        'boss',
        '--password-file',
        passwordFile,
        '--recovery-key-out',
        join(dir, 'second.txt'),
      ),
      cli(
        'patients',
        'search',
        '--data-dir',
        join(dir, 'nowhere'),
        '--user',
        'boss',
        '--password-file',
        passwordFile,
        '--query',
        'x',
      ),
    ];
    const expected = [
      /username or password is not right/,
      /not a real calendar date/,
      /already set up/,
      /No practice is set up in .*nowhere/,
    ];
    cases.forEach((run, i) => {
      expect(run.status).toBe(1);
      expect(run.stderr.split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(expected[i]!);
    });
  });

  it('refuses a password on the command line and explains usage', () => {
    const run = cli(
      'patients',
      'search',
      '--data-dir',
      practiceDir,
      '--user',
      'boss',
      '--password',
      'juniper-lighthouse-63',
      '--query',
      'x',
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--password/);
    expect(cli().status).toBe(2);
  });

  it('backup run, backup verify and restore onto a fresh folder (issue 3 CLI, S18)', () => {
    const dest = join(dir, 'usb');
    const fresh = join(dir, 'new-workstation');
    const keyFile = join(dir, 'recovery.txt');
    mkdirSync(dest);
    const run = cli(
      'backup',
      'run',
      '--data-dir',
      practiceDir,
      '--user',
      'boss',
      '--password-file',
      passwordFile,
      '--dest',
      dest,
    );
    expect(run.status).toBe(0);
    const [backupFile] = run.stdout.split('\n');
    expect(backupFile).toMatch(/\.chartroom-backup$/);
    const verify = cli('backup', 'verify', '--file', backupFile!, '--recovery-key-file', keyFile);
    expect(verify.stderr).toBe('');
    expect(verify.stdout).toMatch(/Patients\t1/);
    const restore = cli('restore', '--from', backupFile!, '--recovery-key-file', keyFile, '--data-dir', fresh);
    expect(restore.status).toBe(0);
    const found = cli(
      'patients',
      'search',
      '--data-dir',
      fresh,
      '--user',
      'boss',
      '--password-file',
      passwordFile,
      '--query',
      'haddad',
    );
    expect(found.stdout).toContain('Haddad, Noor');
    const again = cli('restore', '--from', backupFile!, '--recovery-key-file', keyFile, '--data-dir', fresh);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already has a practice/);
  });
});
