import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { useBackupRevision } from '../backup-store';

export type BackupIndicatorValue = OutputOf<'backup.indicator'>;

/**
 * The quiet backup state every role sees. Asked again when `refreshKey` changes (the app passes the
 * page, so moving around refreshes it) and after any backup change made here. It never polls on a
 * timer: every call counts as activity on the server and would keep an idle session from locking.
 */
export function useBackupIndicator(refreshKey: string): BackupIndicatorValue | null {
  const [value, setValue] = useState<BackupIndicatorValue | null>(null);
  const revision = useBackupRevision();
  // biome-ignore lint/correctness/useExhaustiveDependencies: both are triggers to ask again, not inputs.
  useEffect(() => {
    let current = true;
    void api.backup.indicator({}).then((result) => {
      if (current && result.ok) setValue(result.value);
    });
    return () => {
      current = false;
    };
  }, [refreshKey, revision]);
  return value;
}
