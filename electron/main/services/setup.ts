import { repositories } from '../../../db';
import type { PracticeDto } from '../../contract/accounts';
import { ChartroomError } from '../../contract/errors';
import { recordAudit } from './audit';
import { assertAcceptablePassword } from './password-policy';
import { readPractice } from './practice';
import type { Vault } from './vault';

export interface SetupStatus {
  state: 'needs-setup' | 'ready' | 'unavailable';
  practiceName: string;
  problem: { code: string; message: string } | null;
}

/** First run, a damaged folder, or ready for sign-in: decided from the files, without the key. */
export const setupStatus = (vault: Vault): SetupStatus => {
  try {
    const state = vault.inspect();
    const practiceName = vault.isOpen ? readPractice(vault.store).name : '';
    return { state: state === 'empty' ? 'needs-setup' : 'ready', practiceName, problem: null };
  } catch (error) {
    if (error instanceof ChartroomError) {
      return { state: 'unavailable', practiceName: '', problem: { code: error.code, message: error.message } };
    }
    throw error;
  }
};

export type PracticeSetupInput = Omit<PracticeDto, 'idleLockMinutes' | 'temperatureUnit' | 'timeZone'>;

/** The first-run wizard: practice, first office manager, and the recovery key shown once. */
export const initialisePractice = async (
  vault: Vault,
  workstation: string,
  input: { practice: PracticeSetupInput; admin: { username: string; fullName: string; password: string } },
): Promise<{ recoveryKey: string; groups: string[] }> => {
  assertAcceptablePassword(input.admin.password, input.admin, 'admin.password');
  const recoveryKey = await vault.create(input.admin, (store, keyId) => {
    const now = new Date().toISOString();
    repositories.practice.insertPractice(store.db, { ...input.practice, keyId, idleLockMinutes: 10, createdAt: now });
    const admin = repositories.users.insertUser(store.db, {
      username: input.admin.username,
      fullName: input.admin.fullName,
      role: 'office_manager',
      createdAt: now,
      updatedAt: now,
    });
    recordAudit(store, {
      userId: admin.id,
      username: admin.username,
      workstation,
      action: 'practice.setup',
      entity: 'practice',
      entityId: 1,
    });
  });
  return { recoveryKey: recoveryKey.formatted, groups: recoveryKey.groups };
};
