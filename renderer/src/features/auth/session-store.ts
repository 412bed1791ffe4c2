import { create } from 'zustand';
import type { SessionDto } from '../../../../electron/contract';

/**
 * The signed-in user as the server last described it. The server is the authority (it enforces
 * locks and permissions on every call); this copy only decides what the screen shows.
 */
interface SessionState {
  session: SessionDto | null;
  /**
   * A locked session set aside while someone else signs in. The server ends it when the next
   * login succeeds; until then the login screen offers a way back to the lock screen.
   */
  parkedSession: SessionDto | null;
  /** A plain-words reason shown on the login screen, e.g. why the user was signed out. */
  signInNotice: string | null;
}

export const useSessionStore = create<SessionState>(() => ({
  session: null,
  parkedSession: null,
  signInNotice: null,
}));

export const useSession = (): SessionDto | null => useSessionStore((state) => state.session);

export const setSession = (session: SessionDto | null, signInNotice: string | null = null): void =>
  useSessionStore.setState({ session, parkedSession: null, signInNotice });

/** Hide everything behind the lock screen at once; the server has locked, or is about to lock, the session. */
export const markSessionLocked = (): void =>
  useSessionStore.setState((state) => (state.session ? { session: { ...state.session, locked: true } } : state));

/** "Sign in as a different user": leave the lock screen for the login form without ending anything here. */
export const parkLockedSession = (): void =>
  useSessionStore.setState((state) => ({ session: null, parkedSession: state.session, signInNotice: null }));

export const returnToParkedSession = (): void =>
  useSessionStore.setState((state) => ({ session: state.parkedSession, parkedSession: null }));

/** Practice details the session carries, kept fresh after the office manager edits them. */
export const updateSessionPractice = (
  practice: Pick<SessionDto, 'practiceName' | 'idleLockMinutes' | 'temperatureUnit'>,
): void =>
  useSessionStore.setState((state) => (state.session ? { session: { ...state.session, ...practice } } : state));
