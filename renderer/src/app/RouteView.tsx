import type { SessionDto } from '../../../electron/contract';
import { AuditReportPage } from '../features/audit';
import { ChangePasswordPage } from '../features/auth';
import { BackupLookupPage, BackupsPage, RestorePage } from '../features/backup';
import { ChartPage } from '../features/chart';
import { ExchangePage } from '../features/exchange';
import { FlowBoardPage } from '../features/flow-board';
import { NoteTemplatesPage } from '../features/note-templates';
import { RegisterPatientPage } from '../features/patients';
import { PracticeSettingsPage } from '../features/practice';
import { DaySheetPage } from '../features/print';
import { RecallsPage } from '../features/recalls';
import { SchedulePage } from '../features/schedule';
import { ScheduleSetupPage } from '../features/schedule-setup';
import { UsersPage } from '../features/users';
import { chartPaint } from '../ui';
import { HomePage } from './HomePage';
import { NotAllowed } from './NotAllowed';
import { goHome, navigate, type Route } from './router';
import { mayOpen } from './routes';
import { signOutAfterRestore } from './session-actions';

/** Every click or Enter that opens a chart comes here; the face sheet finishes the timing it starts. */
export const openChart = (patientId: number): void => {
  chartPaint.start(patientId);
  navigate({ name: 'chart', patientId });
};
const openBackups = (): void => navigate({ name: 'backups' });

export function RouteView({ route, session }: { route: Route; session: SessionDto }) {
  if (!mayOpen(route.name, session.permissions)) return <NotAllowed />;
  switch (route.name) {
    case 'home':
      return <HomePage session={session} />;
    case 'register-patient':
      return <RegisterPatientPage onRegistered={openChart} onOpenExisting={openChart} onCancel={goHome} />;
    case 'schedule':
      return <SchedulePage onOpenChart={session.permissions.includes('patients.read') ? openChart : undefined} />;
    case 'patient-flow':
      return <FlowBoardPage onOpenChart={openChart} />;
    case 'recalls':
      return <RecallsPage />;
    case 'chart':
      // Keyed by patient: nothing from one patient's chart can survive into another's.
      return (
        <ChartPage
          key={route.patientId}
          patientId={route.patientId}
          section={route.section}
          onSection={(section) => navigate({ name: 'chart', patientId: route.patientId, section })}
          onClose={goHome}
        />
      );
    case 'users':
      return <UsersPage />;
    case 'practice':
      return <PracticeSettingsPage />;
    case 'note-templates':
      return <NoteTemplatesPage />;
    case 'schedule-setup':
      return <ScheduleSetupPage />;
    case 'audit':
      return <AuditReportPage />;
    case 'backups':
      return <BackupsPage onRestore={(path) => navigate(path ? { name: 'restore', path } : { name: 'restore' })} />;
    case 'exchange':
      return <ExchangePage />;
    case 'restore':
      return (
        <RestorePage
          initialPath={route.path}
          onCancel={openBackups}
          onLookupOpened={({ lookupId, madeAt }) => navigate({ name: 'backup-lookup', lookupId, madeAt })}
          onRestored={signOutAfterRestore}
        />
      );
    case 'backup-lookup':
      return <BackupLookupPage lookupId={route.lookupId} madeAt={route.madeAt} onClosed={openBackups} />;
    case 'change-password':
      return <ChangePasswordPage onDone={goHome} />;
    case 'day-sheet':
      return <DaySheetPage />;
  }
}
