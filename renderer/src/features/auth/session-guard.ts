import type { ErrorCode, Result } from '../../../../electron/contract';
import { api } from '../../platform';
import { markSessionLocked, setSession, useSessionStore } from './session-store';

const sessionLossCodes: readonly ErrorCode[] = ['SESSION_LOCKED', 'SESSION_EXPIRED'];

export const isSessionLoss = (code: ErrorCode): boolean => sessionLossCodes.includes(code);

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
 * Wrap an API call so that a refusal for a locked or expired session locks the screen at once
 * (no patient data left on it), wherever in the app the call was made. The result is passed through
 * untouched so the caller can still show its own message.
 */
export const guardSession = async <T>(call: Promise<Result<T>>): Promise<Result<T>> => {
  const result = await call;
  if (!result.ok && isSessionLoss(result.error.code) && useSessionStore.getState().session) {
    markSessionLocked();
    void confirmSessionState();
  }
  return result;
};
