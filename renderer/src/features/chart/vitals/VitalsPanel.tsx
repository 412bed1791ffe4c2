import { Stack, Text } from '@mantine/core';
import { useDeferredValue } from 'react';
import { headCircumferenceApplies, type VitalsDto, vitalsRetireReasons } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime, ListWindowMore, useListWindow } from '../../../ui';
import { ItemActions } from '../items/ItemActions';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { RetireAndHistoryDialogs } from '../items/RetireAndHistoryDialogs';
import { RetiredItemList } from '../items/RetiredItemList';
import { useItemDialog } from '../items/use-item-dialog';
import { useDisplayUnits, useVitalsList, useVitalsWrites } from './use-vitals';
import { VitalsEditModal } from './VitalsEditModal';
import { VitalsEntryForm } from './VitalsEntryForm';
import { VitalsTable } from './VitalsTable';
import { VitalsTrends } from './VitalsTrends';
import { vitalsFieldLabel, vitalsHistoryValue } from './vitals-text';

/** Rows of the vitals table rendered at a time; the trends below always draw every set. */
const setsAtATime = 50;
const noSets: readonly VitalsDto[] = [];

interface VitalsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** From the banner: decides whether head circumference is offered and which normal ranges apply. */
  birthDate: string;
  /** Without chart.write there is no entry form and no edit. */
  canWrite: boolean;
}

/** Vital signs: quick entry for the nurse, every set newest first with abnormal values flagged, and a trend per vital. */
export function VitalsPanel({ patientId, birthDate, canWrite }: VitalsPanelProps) {
  const list = useVitalsList(patientId);
  const writes = useVitalsWrites(patientId);
  const units = useDisplayUnits();
  const dialogs = useItemDialog<VitalsDto>(list.reload);
  const editing = dialogs.itemFor('edit');
  const data = list.data;
  const youngChild = headCircumferenceApplies(birthDate);
  const setWindow = useListWindow(data?.active ?? [], setsAtATime);
  // The trends draw every reading (400 sets, nine charts: most of the tab's time on a long chart), so they
  // render after the table is on screen, in a render React may interrupt, and a long chart opens at once.
  const trendSets = useDeferredValue(data?.active ?? noSets, noSets);

  const setName = (set: VitalsDto) => `vitals taken ${formatDateTime(set.takenAt)}`;

  return (
    <ItemPanel title="Vitals" listName="the vital signs" canWrite={canWrite} {...listStateOf(list)}>
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
                sets={setWindow.shown}
                units={units}
                birthDate={birthDate}
                actions={(set) => (
                  <ItemActions
                    name={setName(set)}
                    canWrite={canWrite}
                    retired={set.retired}
                    {...dialogs.actionsFor(set)}
                  />
                )}
              />
              <ListWindowMore window={setWindow} noun="sets of vitals" />
              <VitalsTrends sets={trendSets} units={units} birthDate={birthDate} />
            </>
          )}
          <RetiredItemList
            items={data.retired}
            listLabel="Retired vitals"
            name={(set) => `Vitals taken ${formatDateTime(set.takenAt)}`}
            actions={(set) => (
              <ItemActions name={setName(set)} canWrite={canWrite} retired {...dialogs.actionsFor(set)} />
            )}
          />
        </Stack>
      )}

      {editing && (
        <VitalsEditModal
          set={editing}
          units={units}
          showHeadCircumference={youngChild}
          pending={writes.update.pending}
          onSave={(fields) => writes.update.run(editing.id, editing.version, fields)}
          onSaved={dialogs.changed}
          onClose={dialogs.close}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="set of vitals"
        name={setName}
        retireName={(set) => formatDateTime(set.takenAt)}
        explanation="The set leaves the table and the trends. It stays in the retired list with its history."
        reasons={vitalsRetireReasons}
        retire={writes.retire}
        loadHistory={(itemId) => api.vitals.history({ patientId, itemId })}
        fieldLabel={vitalsFieldLabel}
        historyValue={vitalsHistoryValue(units)}
      />
    </ItemPanel>
  );
}
