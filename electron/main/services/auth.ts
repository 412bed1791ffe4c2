import { repositories, withTransaction } from '../../../db';
import type { SessionDto } from '../../contract/accounts';
import type { ChartroomEvent } from '../../contract/api';
import { ChartroomError } from '../../contract/errors';
import { rolePermissions } from '../../contract/roles';
import { recordAudit } from './audit';
import type { Actor } from './context';
import { LoginThrottle, lockoutMinutes } from './login-throttle';
import { assertAcceptablePassword } from './password-policy';
import { readPractice } from './practice';
import type { Session, SessionTable } from './sessions';
import type { Vault } from './vault';

/** One message for a wrong password and an unknown user, so the screen cannot be used to find usernames (S5). */
const invalidCredentials = () =>
  new ChartroomError(
    'INVALID_CREDENTIALS',
    'The username or password is not right. Check both and try again.',
    'password',
  );
const lockedOut = (minutes: number) =>
  new ChartroomError(
    'LOCKED_OUT',
    `Too many wrong passwords for this username. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask the office manager to reset the password.`,
  );

export const actorOf = (session: Session, workstation: string): Actor => ({
  userId: session.userId,
  username: session.username,
  role: session.role,
  workstation,
});

/**
 * Sign-in, lock and unlock (SECURITY.md S4, S5). A password is checked by unwrapping the user's key
 * slot, so the same check opens the store on a cold start and proves identity when it is open.
 */
export class AuthService {
  readonly #vault: Vault;
  readonly #sessions: SessionTable;
  readonly #throttle: LoginThrottle;
  readonly #emit: (connectionId: string, event: ChartroomEvent) => void;

  constructor(vault: Vault, sessions: SessionTable, emit: (connectionId: string, event: ChartroomEvent) => void) {
    this.#vault = vault;
    this.#sessions = sessions;
    this.#throttle = new LoginThrottle(vault.paths.loginThrottle);
    this.#emit = emit;
  }

  sessionDto(session: Session): SessionDto {
    const practice = readPractice(this.#vault.store);
    const user = repositories.users.getUser(this.#vault.store.db, session.userId);
    return {
      user: { id: session.userId, username: session.username, fullName: session.fullName, role: session.role },
      permissions: [...rolePermissions[session.role]],
      practiceName: practice.name,
      idleLockMinutes: practice.idleLockMinutes,
      temperatureUnit: practice.temperatureUnit,
      mustChangePassword: user?.mustChangePassword ?? false,
      locked: session.locked,
    };
  }

  idleLimitMs(): number {
    return readPractice(this.#vault.store).idleLockMinutes * 60_000;
  }

  /** Verifies a password, counting failures; throws the same error for every kind of wrong. */
  async #verify(username: string, password: string, workstation: string, purpose: string): Promise<void> {
    const minutesLeft = this.#throttle.lockedMinutesLeft(username);
    if (minutesLeft > 0) {
      if (this.#vault.isOpen) {
        recordAudit(this.#vault.store, {
          userId: null,
          username,
          workstation,
          action: 'login.failed',
          outcome: 'failure',
          detail: `${purpose}; locked out`,
        });
      }
      throw lockedOut(minutesLeft);
    }
    if (await this.#vault.unlockWithPassword(username, password)) {
      this.#flushQueuedFailures();
      return;
    }
    const startedLockout = this.#throttle.recordFailure(username, workstation, !this.#vault.isOpen);
    if (this.#vault.isOpen) {
      withTransaction(this.#vault.store, () => {
        recordAudit(this.#vault.store, {
          userId: null,
          username,
          workstation,
          action: 'login.failed',
          outcome: 'failure',
          detail: purpose,
        });
        if (startedLockout) {
          recordAudit(this.#vault.store, {
            userId: null,
            username,
            workstation,
            action: 'login.locked-out',
            outcome: 'failure',
            detail: `${lockoutMinutes} minutes`,
          });
        }
      });
    }
    throw startedLockout ? lockedOut(lockoutMinutes) : invalidCredentials();
  }

  /** Failed logins made while the store was still locked are written to the audit log at the first unlock. */
  #flushQueuedFailures(): void {
    const pending = this.#throttle.takePending();
    if (pending.length === 0) return;
    withTransaction(this.#vault.store, () => {
      for (const failure of pending) {
        const base = {
          userId: null,
          username: failure.username,
          workstation: failure.workstation,
          outcome: 'failure' as const,
        };
        recordAudit(
          this.#vault.store,
          { ...base, action: 'login.failed', detail: 'before the store was unlocked' },
          new Date(failure.at),
        );
        if (failure.lockedOut)
          recordAudit(
            this.#vault.store,
            { ...base, action: 'login.locked-out', detail: `${lockoutMinutes} minutes` },
            new Date(failure.at),
          );
      }
    });
  }

  #assertSetUp(): void {
    if (this.#vault.inspect() === 'empty') {
      throw new ChartroomError(
        'NOT_INITIALISED',
        `No practice is set up in ${this.#vault.paths.dir} yet. Set one up first (the setup wizard, or npm run cli -- init), or check the folder.`,
      );
    }
  }

  async login(
    connectionId: string,
    workstation: string,
    input: { username: string; password: string },
  ): Promise<SessionDto> {
    this.#assertSetUp();
    await this.#verify(input.username, input.password, workstation, 'sign in');
    const store = this.#vault.store;
    const user = repositories.users.getUserByUsername(store.db, input.username);
    if (!user?.active) {
      recordAudit(store, {
        userId: null,
        username: input.username,
        workstation,
        action: 'login.failed',
        outcome: 'failure',
        detail: 'inactive account',
      });
      throw invalidCredentials();
    }
    this.#throttle.recordSuccess(input.username);
    const session = withTransaction(store, () => {
      const previous = this.#sessions.end(connectionId);
      if (previous) {
        recordAudit(store, {
          ...actorOf(previous, workstation),
          action: 'logout',
          detail: `replaced by sign-in of ${user.username}`,
        });
      }
      repositories.users.updateUser(store.db, user.id, { lastLoginAt: new Date().toISOString() });
      recordAudit(store, { userId: user.id, username: user.username, workstation, action: 'login' });
      return this.#sessions.start(connectionId, {
        userId: user.id,
        username: user.username,
        fullName: user.fullName,
        role: user.role,
      });
    });
    return this.sessionDto(session);
  }

  async unlock(session: Session, workstation: string, password: string): Promise<SessionDto> {
    if (session.locked) {
      await this.#verify(session.username, password, workstation, 'unlock');
      this.#throttle.recordSuccess(session.username);
      session.locked = false;
      this.#sessions.touch(session);
      recordAudit(this.#vault.store, { ...actorOf(session, workstation), action: 'session.unlock' });
    }
    return this.sessionDto(session);
  }

  lock(session: Session, workstation: string, reason: 'user' | 'idle' | 'os-lock' | 'sleep'): void {
    if (session.locked) return;
    session.locked = true;
    recordAudit(this.#vault.store, {
      ...actorOf(session, workstation),
      action: reason === 'idle' ? 'session.expired' : 'session.lock',
      detail: reason,
    });
    if (reason !== 'user') this.#emit(session.connectionId, { type: 'session.locked', reason });
  }

  logout(connectionId: string, workstation: string): void {
    const session = this.#sessions.end(connectionId);
    if (session) recordAudit(this.#vault.store, { ...actorOf(session, workstation), action: 'logout' });
  }

  async changePassword(
    session: Session,
    workstation: string,
    input: { currentPassword: string; newPassword: string },
  ): Promise<void> {
    await this.#verify(session.username, input.currentPassword, workstation, 'password change');
    if (input.currentPassword === input.newPassword) {
      throw new ChartroomError(
        'WEAK_PASSWORD',
        'Choose a new password that differs from the current one.',
        'newPassword',
      );
    }
    assertAcceptablePassword(
      input.newPassword,
      { username: session.username, fullName: session.fullName },
      'newPassword',
    );
    await this.#vault.setPassword(session.username, input.newPassword);
    const store = this.#vault.store;
    withTransaction(store, () => {
      repositories.users.updateUser(store.db, session.userId, {
        mustChangePassword: false,
        updatedAt: new Date().toISOString(),
      });
      recordAudit(store, { ...actorOf(session, workstation), action: 'password.change' });
    });
  }

  /** The recovery key sets a new password for an office manager when every password is lost. */
  async recover(
    workstation: string,
    input: { recoveryKey: string; username: string; newPassword: string },
  ): Promise<void> {
    this.#assertSetUp();
    await this.#vault.unlockWithRecoveryKey(input.recoveryKey);
    const store = this.#vault.store;
    const user = repositories.users.getUserByUsername(store.db, input.username);
    if (user?.role !== 'office_manager') {
      throw new ChartroomError(
        'BAD_REQUEST',
        'The recovery key resets the password of an office manager only. Enter the username of an office manager.',
        'username',
      );
    }
    assertAcceptablePassword(input.newPassword, user, 'newPassword');
    await this.#vault.setPassword(user.username, input.newPassword);
    this.#throttle.recordSuccess(user.username);
    withTransaction(store, () => {
      repositories.users.updateUser(store.db, user.id, {
        mustChangePassword: false,
        active: true,
        updatedAt: new Date().toISOString(),
      });
      recordAudit(store, {
        userId: user.id,
        username: user.username,
        workstation,
        action: 'password.recover',
        entity: 'user',
        entityId: user.id,
      });
    });
  }
}
