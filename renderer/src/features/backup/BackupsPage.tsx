import { Alert, Button, Divider, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloudUpload, IconRestore, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { BackupRunDto, OutputOf } from '../../../../electron/contract';
import { PageHeader } from '../../ui';
import { RunOutcome } from './actions/RunOutcome';
import { VerifyReport } from './actions/VerifyReport';
import { runOutcomeSummary } from './backup-format';
import { refreshBackupStatus, useBackupStatus } from './backup-store';
import { DestinationsSection } from './destinations/DestinationsSection';
import { HistoryTable } from './history/HistoryTable';
import { useBackupHistory } from './hooks/useBackupHistory';
import { useBackupSettings } from './hooks/useBackupSettings';
import { useRunBackup } from './hooks/useRunBackup';
import { useVerifyBackups } from './hooks/useVerifyBackups';
import { ScheduleForm } from './schedule/ScheduleForm';
import { StatusOverview } from './status/StatusOverview';

type Outcome =
  | { kind: 'run'; run: BackupRunDto }
  | { kind: 'verify'; report: OutputOf<'backup.verifyNow'> }
  | { kind: 'failed'; title: string; message: string };

/** While a backup started elsewhere (the schedule, another screen) is running, look again this often. */
const runningPollMs = 4000;

export interface BackupsPageProps {
  /** Open the restore wizard, with a backup file already chosen when one is given. */
  onRestore: (path?: string) => void;
}

/** Settings → Backups (issue 3): status at a glance, back up and verify now, destinations, schedule, history. */
export function BackupsPage({ onRestore }: BackupsPageProps) {
  const backup = useBackupStatus();
  const settings = useBackupSettings();
  const history = useBackupHistory();
  const { run: runBackup, pending: running } = useRunBackup();
  const { run: verify, pending: verifying } = useVerifyBackups();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const mounted = useRef(true);
  const serverRunning = backup.status?.running === true;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A run started elsewhere: follow it until it ends (bounded by the run itself), then show the new history.
  useEffect(() => {
    if (!serverRunning || running) return;
    const timer = setInterval(() => void refreshBackupStatus(), runningPollMs);
    return () => clearInterval(timer);
  }, [serverRunning, running]);
  const wasRunning = useRef(serverRunning);
  const reloadHistory = history.reload;
  useEffect(() => {
    if (wasRunning.current && !serverRunning) void reloadHistory();
    wasRunning.current = serverRunning;
  }, [serverRunning, reloadHistory]);

  const backUpNow = async () => {
    setOutcome(null);
    const result = await runBackup();
    void history.reload();
    if (!result.ok) {
      if (mounted.current)
        setOutcome({ kind: 'failed', title: 'The backup did not start', message: result.error.message });
      else notifications.show({ color: 'red', title: 'The backup did not start', message: result.error.message });
      return;
    }
    if (mounted.current) setOutcome({ kind: 'run', run: result.value });
    // The office manager moved on while it ran: still say how it went.
    else
      notifications.show({
        color: result.value.status === 'succeeded' ? 'green' : 'red',
        title: result.value.status === 'succeeded' ? 'Backup made and verified' : 'The backup had a problem',
        message: `${runOutcomeSummary(result.value)} See Backups for details.`,
        autoClose: result.value.status === 'succeeded' ? 6000 : false,
      });
  };

  const verifyNow = async () => {
    setOutcome(null);
    const result = await verify();
    void history.reload();
    if (!mounted.current) return;
    setOutcome(
      result.ok
        ? { kind: 'verify', report: result.value }
        : { kind: 'failed', title: 'The backups could not be checked', message: result.error.message },
    );
  };

  const busy = running || verifying || serverRunning;

  return (
    <>
      <PageHeader
        title="Backups"
        description="Nightly encrypted backups, each proven by opening it, copied to every destination."
        actions={
          <>
            <Button
              leftSection={<IconCloudUpload size={16} aria-hidden />}
              loading={running}
              disabled={busy && !running}
              onClick={() => void backUpNow()}
            >
              Back up now
            </Button>
            <Button
              variant="default"
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              loading={verifying}
              disabled={busy && !verifying}
              onClick={() => void verifyNow()}
            >
              Verify now
            </Button>
            <Button variant="default" leftSection={<IconRestore size={16} aria-hidden />} onClick={() => onRestore()}>
              Restore…
            </Button>
          </>
        }
      />
      <Stack gap="xl">
        <div aria-live="polite">
          {running ? (
            <Alert color="blue" variant="light" icon={<Loader size={18} aria-hidden />} title="Backing up now">
              Making the backup, opening it to prove it is whole, then copying it to each destination and checking it
              there. This can take a few minutes for a large practice; you can leave this page and keep working.
            </Alert>
          ) : null}
          {verifying ? (
            <Alert color="blue" variant="light" icon={<Loader size={18} aria-hidden />} title="Checking the backups">
              Opening every kept backup file with the practice key and comparing it with the records counted when it was
              made.
            </Alert>
          ) : null}
          {outcome?.kind === 'run' ? <RunOutcome run={outcome.run} onClose={() => setOutcome(null)} /> : null}
          {outcome?.kind === 'verify' ? (
            <VerifyReport report={outcome.report} onClose={() => setOutcome(null)} />
          ) : null}
          {outcome?.kind === 'failed' ? (
            <Alert color="red" variant="light" title={outcome.title} withCloseButton onClose={() => setOutcome(null)}>
              {outcome.message}
            </Alert>
          ) : null}
        </div>

        <Stack gap="sm" component="section" aria-labelledby="backup-status-heading">
          <Title order={2} size="h4" id="backup-status-heading">
            Status at a glance
          </Title>
          {backup.error ? (
            <Alert color="red" title="Could not read the backup status">
              {backup.error}{' '}
              <Button variant="subtle" size="compact-sm" onClick={() => void backup.reload()}>
                Try again
              </Button>
            </Alert>
          ) : null}
          {backup.status ? (
            <StatusOverview
              status={backup.status}
              runningHere={running}
              scheduleTime={settings.data?.scheduleTime ?? null}
            />
          ) : backup.loading ? (
            <Loader size="sm" aria-label="Loading the backup status" />
          ) : null}
        </Stack>

        <Divider />
        <section aria-label="Destinations">
          <DestinationsSection />
        </section>

        <Divider />
        <Stack gap="sm" component="section" aria-labelledby="backup-schedule-heading">
          <Title order={2} size="h4" id="backup-schedule-heading">
            Schedule and retention
          </Title>
          {settings.error ? (
            <Alert color="red" title="Could not load the schedule">
              {settings.error}{' '}
              <Button variant="subtle" size="compact-sm" onClick={() => void settings.reload()}>
                Try again
              </Button>
            </Alert>
          ) : null}
          {settings.data ? (
            <ScheduleForm settings={settings.data} onSaved={(saved) => settings.setData(() => saved)} />
          ) : settings.loading ? (
            <Loader size="sm" aria-label="Loading the schedule" />
          ) : null}
        </Stack>

        <Divider />
        <Stack gap="sm" component="section" aria-labelledby="backup-history-heading">
          <Title order={2} size="h4" id="backup-history-heading">
            History
          </Title>
          {history.error ? (
            <Alert color="red" title="Could not load the backup history">
              {history.error}{' '}
              <Button variant="subtle" size="compact-sm" onClick={() => void history.reload()}>
                Try again
              </Button>
            </Alert>
          ) : null}
          {history.data && history.data.length > 0 ? (
            <HistoryTable runs={history.data} onRestoreFrom={(path) => onRestore(path)} />
          ) : history.data ? (
            <Text size="sm" c="dimmed">
              No backups yet. The first one runs tonight, or now with “Back up now”.
            </Text>
          ) : history.loading ? (
            <Loader size="sm" aria-label="Loading the backup history" />
          ) : null}
        </Stack>
      </Stack>
    </>
  );
}
