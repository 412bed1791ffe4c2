import { useEffect } from 'react';
import type { SessionDto } from '../../../electron/contract';
import { ForcedPasswordChange } from '../features/auth';
import { PatientSearch } from '../features/patients';
import { AppLayout } from './AppLayout';
import { openChart } from './RouteView';
import { claimRoutes, useRouteFor } from './router';
import { routeInfo } from './routes';
import { lockNow, signOut } from './session-actions';
import { useDocumentTitle } from './useDocumentTitle';
import { useIdleLock } from './useIdleLock';

/** Everything behind sign-in. Unmounted as a whole when the session locks, so no patient data stays in the page. */
export function SignedInApp({ session }: { session: SessionDto }) {
  const route = useRouteFor(session.user.id);
  useIdleLock(session.idleLockMinutes, () => void lockNow('idle'));
  useDocumentTitle(session.mustChangePassword ? 'Choose your password' : routeInfo[route.name].title);

  useEffect(() => {
    claimRoutes(session.user.id);
  }, [session.user.id]);

  if (session.mustChangePassword) return <ForcedPasswordChange onSignOut={() => void signOut()} />;

  return (
    <>
      {session.permissions.includes('patients.read') ? <PatientSearch onOpenPatient={openChart} /> : null}
      <AppLayout session={session} route={route} />
    </>
  );
}
