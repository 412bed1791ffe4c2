import type { Role } from '../../contract/roles';

/** Who is acting and from where: every write and every audit row carries it. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  workstation: string;
}

/** Calls made before anyone is signed in (setup, failed logins) are audited under this name. */
export const anonymousActor = (
  workstation: string,
  username = '',
): Omit<Actor, 'role' | 'userId'> & { userId: null } => ({
  userId: null,
  username,
  workstation,
});
