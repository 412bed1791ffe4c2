import type { ChartroomEvent } from '../../contract/api';
import { AuthService } from './auth';
import { PatientService } from './patients/service';
import { SessionTable } from './sessions';
import { UserService } from './users';
import { Vault } from './vault';

/** Every service of one running practice, wired once and shared by all transports. */
export interface ChartroomServices {
  vault: Vault;
  sessions: SessionTable;
  auth: AuthService;
  users: UserService;
  patients: PatientService;
}

export const createServices = (options: {
  dataDir: string;
  migrationsDir: string;
  emit: (connectionId: string, event: ChartroomEvent) => void;
  monotonicClock?: () => number;
}): ChartroomServices => {
  const vault = new Vault(options.dataDir, options.migrationsDir);
  const sessions = new SessionTable(options.monotonicClock);
  return {
    vault,
    sessions,
    auth: new AuthService(vault, sessions, options.emit),
    users: new UserService(vault),
    patients: new PatientService(() => vault.store),
  };
};
