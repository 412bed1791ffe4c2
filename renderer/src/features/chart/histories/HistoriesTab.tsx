import { Stack } from '@mantine/core';
import { FamilyHistoryPanel } from './FamilyHistoryPanel';
import { SocialHistoryPanel } from './SocialHistoryPanel';

/** The histories tab: the family history list and the social history record. */
export function HistoriesTab({ patientId, canWrite }: { patientId: number; canWrite: boolean }) {
  return (
    <Stack gap="md">
      <FamilyHistoryPanel patientId={patientId} canWrite={canWrite} />
      <SocialHistoryPanel patientId={patientId} canWrite={canWrite} />
    </Stack>
  );
}
