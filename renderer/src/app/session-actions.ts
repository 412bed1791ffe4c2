import { notifications } from '@mantine/notifications';
import { markSessionLocked, setSession } from '../features/auth';
import { forgetBackupState } from '../features/backup';
import { flushAllDrafts } from '../features/drafts';
import { api } from '../platform';
import { forgetRoutes } from './router';

/** A hung store must not keep patient data on an unattended screen: drafts get this long, then the lock goes ahead. */
const flushLimitMs = 3000;

const flushDraftsBriefly = (): Promise<void> =>
  Promise.race([flushAllDrafts(), new Promise<void>((resolve) => setTimeout(resolve, flushLimitMs))]);

let locking: Promise<void> | null = null;

/**
 * Lock now (the Lock button, or the idle timer): save unsaved input, lock the session on the server,
 * then hide everything behind the lock screen. The screen locks even if the server cannot be reached.
 */
export const lockNow = (reason: 'user' | 'idle'): Promise<void> => {
  locking ??= (async () => {
    await flushDraftsBriefly();
    await api.auth.lock({ reason });
    markSessionLocked();
  })().finally(() => {
    locking = null;
  });
  return locking;
};

/** Sign out: unsaved input stays as a draft for the next sign-in; the next person starts at home. */
export const signOut = async (): Promise<void> => {
  await flushDraftsBriefly();
  const result = await api.auth.logout({});
  if (!result.ok) {
    notifications.show({ color: 'red', title: 'Could not sign out', message: result.error.message });
    return;
  }
  notifications.clean();
  forgetRoutes();
  forgetBackupState();
  setSession(null);
};

/**
 * A restore has ended every session on the server (the restored store has its own users): go
 * straight to the sign-in screen, which says what happened and where the replaced charts were kept.
 */
export const signOutAfterRestore = (notice: string): void => {
  notifications.clean();
  forgetRoutes();
  forgetBackupState();
  setSession(null, notice);
};
