import { repositories } from '../../../../db';
import type { Role } from '../../../contract/roles';
import type { ChartroomApp } from '../../bootstrap';
import { actorOf } from '../auth';
import { addSyntheticPatients } from './practice';

/** The demo practice's staff; passwords are printed because this is synthetic data for trying Chartroom. */
export const demoStaff: readonly { username: string; fullName: string; role: Role; password: string }[] = [
  { username: 'manager', fullName: 'Olivia Bennett', role: 'office_manager', password: 'harbor-lantern-42' },
  { username: 'druiz', fullName: 'Dr. Ana Ruiz', role: 'physician', password: 'maple-orbit-17' },
  { username: 'nkim', fullName: 'Nora Kim', role: 'nurse', password: 'copper-meadow-58' },
  { username: 'sporter', fullName: 'Sam Porter', role: 'front_desk', password: 'quiet-river-23' },
];

export const demoPractice = {
  name: 'Riverside Family Practice (demo)',
  addressLine1: '12 Harbor Road',
  addressLine2: '',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62701',
  phone: '(217) 555-0100',
  fax: '(217) 555-0101',
};

/**
 * Sets up the demo practice in an empty folder through the same procedures as the wizard and the
 * users screen, then adds synthetic patients. Used by `npm run cli -- demo` and by the benchmarks.
 */
export const createDemoPractice = async (
  app: ChartroomApp,
  options: { patients: number; seed: number; onProgress?: (done: number, total: number) => void },
): Promise<{ recoveryKey: string }> => {
  const connection = app.openConnection('cli', 'demo-setup');
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const result = await app.call(connection, name, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  try {
    const [manager, ...others] = demoStaff;
    if (!manager) throw new Error('The demo needs an office manager.');
    const setup = await call<{ recoveryKey: string }>('setup.initialise', {
      practice: demoPractice,
      admin: { username: manager.username, fullName: manager.fullName, password: manager.password },
    });
    await call('auth.login', { username: manager.username, password: manager.password });
    const store = app.services.vault.store;
    for (const staff of others) {
      const user = await call<{ id: number }>('users.create', staff);
      // Demo accounts skip the first-login password change so a newcomer can sign straight in.
      repositories.users.updateUser(store.db, user.id, { mustChangePassword: false });
    }
    const session = app.services.sessions.get(connection.id);
    if (!session) throw new Error('The demo office manager is not signed in.');
    addSyntheticPatients(store, actorOf(session, connection.workstation), {
      count: options.patients,
      seed: options.seed,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { recoveryKey: setup.recoveryKey };
  } finally {
    app.closeConnection(connection);
  }
};
