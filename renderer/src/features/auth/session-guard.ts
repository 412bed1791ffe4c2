import { api, onSessionLoss } from '../../platform';
import { markSessionLocked, setSession, useSessionStore } from './session-store';

let confirming: Promise<void> | null = null;

/**
 * Ask the server what became of the session after a call was refused for being locked or expired:
 * a locked session keeps the lock screen; a missing one sends the user to sign in again. Concurrent
 * refusals (several panels loading at once) share one question.
 */
const confirmSessionState = (): Promise<void> => {
  confirming ??= (async () => {
    const result = await api.auth.session({});
    if (!result.ok) return;
    if (result.value) setSession(result.value);
    else
      setSession(
        null,
        'Your session ended, so Chartroom signed you out. Sign in again; anything you were typing was kept as a draft.',
      );
  })().finally(() => {
    confirming = null;
  });
  return confirming;
};

/**
 * Locks the screen at once (no patient data left on it) whenever any call, from any feature, is
 * refused for a locked, expired or missing session, then asks the server which of those it is.
 * Installed once at startup; returns the unsubscribe.
 */
export const installSessionGuard = (): (() => void) =>
  onSessionLoss(() => {
    if (!useSessionStore.getState().session) return;
    markSessionLocked();
    void confirmSessionState();
  });
