import { notifications } from '@mantine/notifications';
import { useCallback, useRef } from 'react';
import { api } from '../../platform';
import type { PrintOutput } from '../print';
import { noteDisclosureRecorded } from './disclosure-log';
import { recordedText } from './disclosure-text';

/**
 * Records a prepared packet's disclosure as it leaves the practice (release.record), before it is
 * printed or saved. The same packet printed again, or saved again the same way, is the same
 * disclosure and is recorded once. Answers null when the packet may go, or the reason it may not.
 */
export function useRecordRelease(patientId: number) {
  const recorded = useRef(new Set<string>());
  return useCallback(
    async (packetId: string, medium: PrintOutput): Promise<string | null> => {
      const key = `${packetId} ${medium}`;
      if (recorded.current.has(key)) return null;
      const result = await api.release.record({ packetId, medium });
      if (!result.ok) return result.error.message;
      recorded.current.add(key);
      noteDisclosureRecorded(patientId);
      notifications.show({ color: 'green', title: 'Disclosure recorded', message: recordedText(result.value) });
      return null;
    },
    [patientId],
  );
}
