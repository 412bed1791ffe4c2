import { Button, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconHistory, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { SocialHistoryDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { smokingStatusText, socialFieldLabel, socialHistoryFields, socialHistoryValue } from './histories-text';
import { SocialHistoryFormModal } from './SocialHistoryFormModal';
import { useSaveSocialHistory, useSocialHistory } from './use-histories';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {value || (
          <Text span size="sm" c="dimmed">
            Not recorded
          </Text>
        )}
      </Text>
    </div>
  );
}

/** The patient's one social history record: read at a glance, edited in one form, every version kept. */
export function SocialHistoryPanel({ patientId, canWrite }: { patientId: number; canWrite: boolean }) {
  const record = useSocialHistory(patientId);
  const save = useSaveSocialHistory(patientId);
  const [dialog, setDialog] = useState<'edit' | 'history' | null>(null);
  const loaded = !record.loading || record.data !== null;
  const current: SocialHistoryDto | null = record.data;

  return (
    <ItemPanel
      title="Social history"
      listName="the social history"
      canWrite={canWrite}
      extraActions={
        <>
          {current && (
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconHistory size={14} aria-hidden />}
              onClick={() => setDialog('history')}
            >
              History
            </Button>
          )}
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => setDialog('edit')}
          >
            {current ? 'Edit social history' : 'Record social history'}
          </Button>
        </>
      }
      loading={record.loading}
      error={record.error}
      onRetry={() => void record.reload()}
      ready={loaded && !record.error}
    >
      {current ? (
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            {socialHistoryFields.map((field) => (
              <Fact
                key={field}
                label={socialFieldLabel(field)}
                value={field === 'smokingStatus' ? smokingStatusText(current.smokingStatus) : current[field]}
              />
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            Last saved {formatDateTime(current.updatedAt)} (version {current.version})
          </Text>
        </Stack>
      ) : (
        <Text size="sm">No social history recorded.</Text>
      )}
      {!canWrite && current && (
        <Button mt="xs" size="compact-sm" variant="subtle" color="gray" onClick={() => setDialog('history')}>
          History
        </Button>
      )}

      {dialog === 'edit' && (
        <SocialHistoryFormModal
          record={current}
          pending={save.pending}
          onSave={(fields) => save.run(current?.version ?? null, fields)}
          onSaved={(saved) => {
            record.setData(() => saved);
            setDialog(null);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'history' && (
        <ItemHistoryModal
          title="History: social history"
          load={() => api.socialHistory.history({ patientId })}
          fieldLabel={socialFieldLabel}
          historyValue={socialHistoryValue}
          onClose={() => setDialog(null)}
        />
      )}
    </ItemPanel>
  );
}
