import { useEffect, useRef } from 'react';
import { api } from '../../platform';
import { useResource } from '../../ui';
import { useRecordedCount } from './disclosure-log';

/** The patient's accounting of disclosures, read again whenever this window records a new one. */
export function useDisclosures(patientId: number) {
  const log = useResource(() => api.release.disclosures({ patientId }));
  const recorded = useRecordedCount(patientId);
  const seen = useRef(recorded);
  const { reload } = log;
  useEffect(() => {
    if (recorded === seen.current) return;
    seen.current = recorded;
    void reload();
  }, [recorded, reload]);
  return log;
}
