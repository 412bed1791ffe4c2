import { type ChartStore, repositories, withTransaction } from '../../../db';
import type { UserDto } from '../../contract/accounts';
import { ChartroomError } from '../../contract/errors';
import type { Role } from '../../contract/roles';
import { recordAudit } from './audit';
import type { Actor } from './context';
import { assertAcceptablePassword } from './password-policy';
import type { Vault } from './vault';

export const toUserDto = (row: repositories.users.UserRow): UserDto => ({
  id: row.id,
  username: row.username,
  fullName: row.fullName,
  role: row.role,
  active: row.active,
  mustChangePassword: row.mustChangePassword,
  createdAt: row.createdAt,
  lastLoginAt: row.lastLoginAt,
});

const notFound = () => new ChartroomError('NOT_FOUND', 'That staff account no longer exists. Reload the list.');

/**
 * Staff accounts, managed by the office manager. Passwords are key slots in the keyring; a
 * deactivated user's slot is removed, so they cannot unlock the store even on a cold start.
 */
export class UserService {
  readonly #vault: Vault;
  constructor(vault: Vault) {
    this.#vault = vault;
  }

  get #store(): ChartStore {
    return this.#vault.store;
  }

  list(): UserDto[] {
    return repositories.users.listUsers(this.#store.db).map(toUserDto);
  }

  async create(
    actor: Actor,
    input: { username: string; fullName: string; role: Role; password: string },
  ): Promise<UserDto> {
    const db = this.#store.db;
    if (repositories.users.getUserByUsername(db, input.username)) {
      throw new ChartroomError('CONFLICT', `The username "${input.username}" is taken. Choose another.`, 'username');
    }
    assertAcceptablePassword(input.password, input);
    await this.#vault.setPassword(input.username, input.password);
    const now = new Date().toISOString();
    return withTransaction(this.#store, () => {
      const row = repositories.users.insertUser(db, {
        username: input.username,
        fullName: input.fullName,
        role: input.role,
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      });
      recordAudit(this.#store, {
        ...actor,
        action: 'user.create',
        entity: 'user',
        entityId: row.id,
        detail: `role=${row.role}`,
      });
      return toUserDto(row);
    });
  }

  update(actor: Actor, input: { userId: number; fullName: string; role: Role }): UserDto {
    return withTransaction(this.#store, () => {
      const db = this.#store.db;
      const current = repositories.users.getUser(db, input.userId);
      if (!current) throw notFound();
      if (current.role === 'office_manager' && input.role !== 'office_manager' && current.active) {
        this.#assertAnotherOfficeManager(actor, current.id);
      }
      const row = repositories.users.updateUser(db, input.userId, {
        fullName: input.fullName,
        role: input.role,
        updatedAt: new Date().toISOString(),
      });
      recordAudit(this.#store, {
        ...actor,
        action: 'user.update',
        entity: 'user',
        entityId: row.id,
        detail: current.role === row.role ? 'name' : `role ${current.role} -> ${row.role}`,
      });
      return toUserDto(row);
    });
  }

  setActive(actor: Actor, input: { userId: number; active: boolean }): UserDto {
    const db = this.#store.db;
    const current = repositories.users.getUser(db, input.userId);
    if (!current) throw notFound();
    if (!input.active && current.id === actor.userId) {
      throw new ChartroomError('CONFLICT', 'You cannot deactivate your own account. Ask another office manager.');
    }
    if (!input.active && current.role === 'office_manager') this.#assertAnotherOfficeManager(actor, current.id);
    if (input.active && !current.active) {
      // A reactivated user has no key slot: they need a new temporary password from the office manager.
      throw new ChartroomError(
        'CONFLICT',
        'To reactivate this account, reset its password: that gives the user a new temporary password and reactivates it.',
      );
    }
    const row = withTransaction(this.#store, () => {
      const updated = repositories.users.updateUser(db, current.id, {
        active: input.active,
        updatedAt: new Date().toISOString(),
      });
      if (current.active !== input.active) {
        recordAudit(this.#store, { ...actor, action: 'user.deactivate', entity: 'user', entityId: updated.id });
      }
      return toUserDto(updated);
    });
    if (!input.active && current.active) this.#vault.removePassword(current.username);
    return row;
  }

  /** Sets a temporary password (and reactivates a deactivated account); the user must change it at next login. */
  async resetPassword(actor: Actor, input: { userId: number; newPassword: string }): Promise<void> {
    const db = this.#store.db;
    const current = repositories.users.getUser(db, input.userId);
    if (!current) throw notFound();
    assertAcceptablePassword(input.newPassword, current, 'newPassword');
    await this.#vault.setPassword(current.username, input.newPassword);
    withTransaction(this.#store, () => {
      repositories.users.updateUser(db, current.id, {
        mustChangePassword: true,
        active: true,
        updatedAt: new Date().toISOString(),
      });
      recordAudit(this.#store, { ...actor, action: 'user.password-reset', entity: 'user', entityId: current.id });
      if (!current.active)
        recordAudit(this.#store, { ...actor, action: 'user.reactivate', entity: 'user', entityId: current.id });
    });
  }

  #assertAnotherOfficeManager(_actor: Actor, userId: number): void {
    const managers = repositories.users.countActiveOfficeManagers(this.#store.db);
    const target = repositories.users.getUser(this.#store.db, userId);
    if (target?.role === 'office_manager' && target.active && managers <= 1) {
      throw new ChartroomError(
        'CONFLICT',
        'This is the only active office manager. Make another user an office manager first, so someone can still manage accounts.',
      );
    }
  }
}
