import { useEffect } from 'react';
import { create } from 'zustand';
import type { BackupStatusDto } from '../../../../electron/contract';
import { api } from '../../platform';

/**
 * The backup status as last read, shared by the Backups page, the Home card and banner, so one
 * answer is shown everywhere and a finished backup updates all of them. `revision` counts changes
 * (a run, a check, new settings) so the top-bar indicator can ask again. Nothing here is patient data.
 */
interface BackupState {
  status: BackupStatusDto | null;
  error: string | null;
  loading: boolean;
  revision: number;
  /** The office manager closed the login alert for these exact problems; new ones show it again. */
  dismissedAlerts: string | null;
}

const initial: BackupState = { status: null, error: null, loading: false, revision: 0, dismissedAlerts: null };
const useBackupStore = create<BackupState>(() => initial);

let inFlight: Promise<void> | null = null;
let generation = 0;

/** Ask the server for the status again; callers at the same moment share one question. */
export const refreshBackupStatus = (): Promise<void> => {
  inFlight ??= (async () => {
    const asked = generation;
    useBackupStore.setState({ loading: true });
    const result = await api.backup.status({});
    // A sign-out while the question was out: its answer belongs to nobody now.
    if (asked !== generation) return;
    useBackupStore.setState(
      result.ok
        ? { status: result.value, error: null, loading: false }
        : { error: result.error.message, loading: false },
    );
  })().finally(() => {
    inFlight = null;
  });
  return inFlight;
};

/** Something about backups changed: refresh the status and tell the indicator. */
export const backupsChanged = async (): Promise<void> => {
  useBackupStore.setState((state) => ({ revision: state.revision + 1 }));
  // A question already out may have been answered before the change: ask once more after it.
  await inFlight;
  return refreshBackupStatus();
};

/** Status for a screen that shows it; loaded when the screen opens. */
export function useBackupStatus() {
  const status = useBackupStore((state) => state.status);
  const error = useBackupStore((state) => state.error);
  const loading = useBackupStore((state) => state.loading);
  useEffect(() => {
    void refreshBackupStatus();
  }, []);
  return { status, error, loading, reload: refreshBackupStatus };
}

export const useBackupRevision = (): number => useBackupStore((state) => state.revision);

const alertsKey = (alerts: readonly string[]) => alerts.join('\n');

export const useLoginAlertDismissed = (alerts: readonly string[]): boolean =>
  useBackupStore((state) => state.dismissedAlerts === alertsKey(alerts));

export const dismissLoginAlert = (alerts: readonly string[]): void =>
  useBackupStore.setState({ dismissedAlerts: alertsKey(alerts) });

/** After signing out: the next person starts with nothing cached and sees any alert afresh. */
export const forgetBackupState = (): void => {
  generation++;
  useBackupStore.setState(initial);
};
