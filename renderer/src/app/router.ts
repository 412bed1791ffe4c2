import { create } from 'zustand';
import type { ChartSectionId } from '../features/chart';

/**
 * Where a signed-in user is. Setup, sign-in, the lock screen and a forced password change are not
 * routes: the app's state decides those, so no route can show through them.
 */
export type Route =
  | { name: 'home' }
  | { name: 'register-patient' }
  | { name: 'schedule' }
  /** Today's patients moving from check-in to checkout. */
  | { name: 'patient-flow' }
  | { name: 'recalls' }
  /** A chart, on one of its sections (face sheet, problems, ...); a lock brings the user back to it. */
  | { name: 'chart'; patientId: number; section?: ChartSectionId }
  | { name: 'users' }
  | { name: 'practice' }
  | { name: 'note-templates' }
  | { name: 'schedule-setup' }
  | { name: 'audit' }
  | { name: 'backups' }
  /** The whole-practice export and the FHIR and CSV imports. */
  | { name: 'exchange' }
  /** The restore wizard, with a backup file already chosen when opened from the history. */
  | { name: 'restore'; path?: string }
  /** A backup opened read-only; `madeAt` is when the backup was made, for the banner. */
  | { name: 'backup-lookup'; lookupId: string; madeAt: string }
  | { name: 'change-password' }
  | { name: 'day-sheet' };

const home: Route = { name: 'home' };

interface RouterState {
  route: Route;
  /** The user the route belongs to: the same user gets it back after a lock, anyone else starts at home. */
  ownerId: number | null;
}

const useRouterStore = create<RouterState>(() => ({ route: home, ownerId: null }));

export const navigate = (route: Route): void => useRouterStore.setState({ route });

export const goHome = (): void => navigate(home);

/** The route to show this user; another user's route is never shown, even for one render. */
export const useRouteFor = (userId: number): Route =>
  useRouterStore((state) => (state.ownerId === userId ? state.route : home));

/** Make this user the route's owner, starting at home unless they already own it. */
export const claimRoutes = (userId: number): void =>
  useRouterStore.setState((state) => (state.ownerId === userId ? state : { route: home, ownerId: userId }));

/** After signing out, the next person starts at home. */
export const forgetRoutes = (): void => useRouterStore.setState({ route: home, ownerId: null });
