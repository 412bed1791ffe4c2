import type { ChartroomEvent } from '../../contract/api';
import { AuthService } from './auth';
import { BackupService } from './backup/service';
import { AllergyService } from './chart/allergies';
import { ProblemService } from './chart/problems';
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
  backup: BackupService;
  allergies: AllergyService;
  problems: ProblemService;
}

export const createServices = (options: {
  dataDir: string;
  migrationsDir: string;
  appVersion: string;
  emit: (connectionId: string, event: ChartroomEvent) => void;
  log: (line: string) => void;
  monotonicClock?: () => number;
  now?: () => Date;
}): ChartroomServices => {
  const vault = new Vault(options.dataDir, options.migrationsDir, options.appVersion);
  const sessions = new SessionTable(options.monotonicClock);
  return {
    vault,
    sessions,
    auth: new AuthService(vault, sessions, options.emit),
    users: new UserService(vault),
    patients: new PatientService(() => vault.store),
    allergies: new AllergyService(() => vault.store),
    problems: new ProblemService(() => vault.store),
    backup: new BackupService({
      vault,
      appVersion: options.appVersion,
      log: options.log,
      ...(options.now ? { now: options.now } : {}),
    }),
  };
};
