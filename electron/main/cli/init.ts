import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CommandError, closeCli, openCli, readPasswordFile, required } from './shared';

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

/** `init`: set up a practice without the wizard; the recovery key goes to a new file. */
export const init = async (args: string[]) => {
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
  const session = openCli(required(values, 'data-dir'));
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
    closeCli(session.app, session.connection);
  }
};
