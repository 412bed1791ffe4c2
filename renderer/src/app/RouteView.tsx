import type { SessionDto } from '../../../electron/contract';
import { AuditReportPage } from '../features/audit';
import { ChangePasswordPage } from '../features/auth';
import { ChartPage } from '../features/chart';
import { RegisterPatientPage } from '../features/patients';
import { PracticeSettingsPage } from '../features/practice';
import { UsersPage } from '../features/users';
import { HomePage } from './HomePage';
import { NotAllowed } from './NotAllowed';
import { goHome, navigate, type Route } from './router';
import { mayOpen } from './routes';

export const openChart = (patientId: number): void => navigate({ name: 'chart', patientId });

export function RouteView({ route, session }: { route: Route; session: SessionDto }) {
  if (!mayOpen(route.name, session.permissions)) return <NotAllowed />;
  switch (route.name) {
    case 'home':
      return <HomePage session={session} />;
    case 'register-patient':
      return <RegisterPatientPage onRegistered={openChart} onOpenExisting={openChart} onCancel={goHome} />;
    case 'chart':
      // Keyed by patient: nothing from one patient's chart can survive into another's.
      return <ChartPage key={route.patientId} patientId={route.patientId} onClose={goHome} />;
    case 'users':
      return <UsersPage />;
    case 'practice':
      return <PracticeSettingsPage />;
    case 'audit':
      return <AuditReportPage />;
    case 'change-password':
      return <ChangePasswordPage onDone={goHome} />;
  }
}
