import { Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { headCircumferenceApplies, type VitalsDto, vitalsRetireReasons } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
import { useDisplayUnits, useVitalsList, useVitalsWrites } from './use-vitals';
import { VitalsEditModal } from './VitalsEditModal';
import { VitalsEntryForm } from './VitalsEntryForm';
import { VitalsTable } from './VitalsTable';
import { VitalsTrends } from './VitalsTrends';
import { vitalsFieldLabel, vitalsHistoryValue } from './vitals-text';

interface VitalsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** From the banner: decides whether head circumference is offered and which normal ranges apply. */
  birthDate: string;
  /** Without chart.write there is no entry form and no edit. */
  canWrite: boolean;
}

type Dialog =
  | { kind: 'edit'; set: VitalsDto }
  | { kind: 'retire'; set: VitalsDto }
  | { kind: 'history'; set: VitalsDto }
  | null;

/** Vital signs: quick entry for the nurse, every set newest first with abnormal values flagged, and a trend per vital. */
export function VitalsPanel({ patientId, birthDate, canWrite }: VitalsPanelProps) {
  const list = useVitalsList(patientId);
  const writes = useVitalsWrites(patientId);
  const units = useDisplayUnits();
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = list.data;
  const youngChild = headCircumferenceApplies(birthDate);

  const changed = () => {
    setDialog(null);
    void list.reload();
  };
  const setName = (set: VitalsDto) => `vitals taken ${formatDateTime(set.takenAt)}`;

  return (
    <ItemPanel
      title="Vitals"
      listName="the vital signs"
      canWrite={canWrite}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      ready={data !== null}
    >
      {data && (
        <Stack gap="md">
          {canWrite && (
            <VitalsEntryForm
              units={units}
              showHeadCircumference={youngChild}
              pending={writes.add.pending}
              onSave={writes.add.run}
              onSaved={() => void list.reload()}
            />
          )}
          {data.active.length === 0 ? (
            <Text size="sm">No vitals recorded.</Text>
          ) : (
            <>
              <VitalsTable
                sets={data.active}
                units={units}
                birthDate={birthDate}
                actions={(set) => (
                  <ItemActions
                    name={setName(set)}
                    canWrite={canWrite}
                    retired={set.retired}
                    onEdit={() => setDialog({ kind: 'edit', set })}
                    onRetire={() => setDialog({ kind: 'retire', set })}
                    onHistory={() => setDialog({ kind: 'history', set })}
                  />
                )}
              />
              <VitalsTrends sets={data.active} units={units} birthDate={birthDate} />
            </>
          )}
          <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired vitals">
            {data.retired.map((set) => (
              <Group component="li" key={set.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600} td="line-through">
                    Vitals taken {formatDateTime(set.takenAt)}
                  </Text>{' '}
                  — retired {formatDateTime(set.updatedAt)}; reason: {set.retiredReason}
                </Text>
                <ItemActions
                  name={setName(set)}
                  canWrite={canWrite}
                  retired
                  onHistory={() => setDialog({ kind: 'history', set })}
                />
              </Group>
            ))}
          </CollapsibleItemList>
        </Stack>
      )}

      {dialog?.kind === 'edit' && (
        <VitalsEditModal
          set={dialog.set}
          units={units}
          showHeadCircumference={youngChild}
          pending={writes.update.pending}
          onSave={(fields) => writes.update.run(dialog.set.id, dialog.set.version, fields)}
          onSaved={changed}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="set of vitals"
          name={formatDateTime(dialog.set.takenAt)}
          explanation="The set leaves the table and the trends. It stays in the retired list with its history."
          reasons={vitalsRetireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.set.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${setName(dialog.set)}`}
          load={() => api.vitals.history({ patientId, itemId: dialog.set.id })}
          fieldLabel={vitalsFieldLabel}
          historyValue={vitalsHistoryValue(units)}
          onClose={() => setDialog(null)}
        />
      )}
    </ItemPanel>
  );
}
