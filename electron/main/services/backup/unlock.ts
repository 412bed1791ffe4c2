import { type BackupSidecar, keyring as keyrings, parseRecoveryKey } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';

export type BackupUnlock = { recoveryKey: string } | { username: string; password: string };

/**
 * A backup is opened with its own keyring copy: the practice recovery key (checked for typos before
 * any decryption), or the password of a staff account that existed when it was made.
 */
export const unlockBackupKey = async (sidecar: BackupSidecar, unlock: BackupUnlock): Promise<Buffer> => {
  if ('recoveryKey' in unlock) {
    const secret = parseRecoveryKey(unlock.recoveryKey).secret;
    const key = await keyrings.unlockWithRecoverySecret(sidecar.keyring, secret);
    if (!key) {
      throw new ChartroomError(
        'WRONG_RECOVERY_KEY',
        `This recovery key does not open this backup (made ${new Date(sidecar.manifest.createdAt).toLocaleString('en-US')}). If the practice's key was changed after that, use the recovery key that was current then.`,
        'recoveryKey',
      );
    }
    return key;
  }
  const key = await keyrings.unlockWithPassword(sidecar.keyring, unlock.username, unlock.password);
  if (!key) {
    throw new ChartroomError(
      'INVALID_CREDENTIALS',
      'That username and password do not open this backup. Use an account that existed when the backup was made, or the recovery key.',
      'password',
    );
  }
  return key;
};
