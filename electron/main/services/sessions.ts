import type { Role } from '../../contract/roles';

/**
 * Signed-in sessions, one per connection (a window in the app, a tab in preview). Idle time is
 * measured on the monotonic clock, so moving the wall clock neither locks nor extends a session
 * (SECURITY.md faults: "idle timer uses a monotonic clock").
 */
export interface Session {
  connectionId: string;
  userId: number;
  username: string;
  fullName: string;
  role: Role;
  locked: boolean;
  lastActivity: number;
}

export type MonotonicClock = () => number;

export class SessionTable {
  readonly #sessions = new Map<string, Session>();
  readonly #clock: MonotonicClock;

  constructor(clock: MonotonicClock = () => performance.now()) {
    this.#clock = clock;
  }

  get(connectionId: string): Session | undefined {
    return this.#sessions.get(connectionId);
  }

  start(connectionId: string, user: Omit<Session, 'connectionId' | 'locked' | 'lastActivity'>): Session {
    const session: Session = { ...user, connectionId, locked: false, lastActivity: this.#clock() };
    this.#sessions.set(connectionId, session);
    return session;
  }

  touch(session: Session): void {
    session.lastActivity = this.#clock();
  }

  idleMs(session: Session): number {
    return this.#clock() - session.lastActivity;
  }

  end(connectionId: string): Session | undefined {
    const session = this.#sessions.get(connectionId);
    this.#sessions.delete(connectionId);
    return session;
  }

  all(): Session[] {
    return [...this.#sessions.values()];
  }

  /** Ends every session of a user, e.g. when the account is deactivated. */
  endForUser(userId: number): Session[] {
    const ended = this.all().filter((s) => s.userId === userId);
    for (const session of ended) this.#sessions.delete(session.connectionId);
    return ended;
  }
}
