import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconClipboardCheck, IconClipboardList } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import type { MedicationDto, MedicationFields } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { ItemTable } from '../items/ItemTable';
import { itemFormSave } from '../items/item-form-save';
import { RetireAndHistoryDialogs } from '../items/RetireAndHistoryDialogs';
import { RetiredItemList } from '../items/RetiredItemList';
import { useItemDialog } from '../items/use-item-dialog';
import { MedicationFormModal } from './MedicationFormModal';
import {
  doseText,
  drugLabel,
  fieldLabel,
  historyValue,
  medicationRetireReasons,
  reviewText,
  routeLabel,
  statusLabel,
} from './medication-text';
import { StopMedicationDialog } from './StopMedicationDialog';
import { useMedicationList, useMedicationWrites } from './use-medications';

interface MedicationsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** Without chart.write the list is read-only. */
  canWrite: boolean;
}

/** Every field of a saved medication, as the form sends it: a quick change keeps the rest as it was. */
const fieldsOf = (m: MedicationDto): MedicationFields => ({
  rxcui: m.rxcui,
  name: m.name,
  strength: m.strength,
  doseAmount: m.doseAmount,
  doseUnit: m.doseUnit,
  route: m.route,
  frequency: m.frequency,
  sig: m.sig,
  quantity: m.quantity,
  startDate: m.startDate,
  stopDate: m.stopDate,
  prescriber: m.prescriber,
  status: m.status,
  comment: m.comment,
});

const dimmed = (words: string) => (
  <Text span size="sm" c="dimmed">
    {words}
  </Text>
);

/** The drug's name with what a reader must not miss: uncoded free text, on hold. */
function DrugName({ medication }: { medication: MedicationDto }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text span size="sm" fw={600}>
        {drugLabel(medication)}
      </Text>
      {!medication.rxcui && (
        <Badge size="xs" variant="outline" color="orange" style={{ textTransform: 'none' }}>
          Uncoded
        </Badge>
      )}
      {medication.status === 'on-hold' && (
        <Badge size="xs" variant="light" color="yellow" style={{ textTransform: 'none' }}>
          On hold
        </Badge>
      )}
    </Group>
  );
}

/** The patient's medications: current ones, stopped or completed ones, retired ones, and the last reconciliation. */
export function MedicationsPanel({ patientId, canWrite }: MedicationsPanelProps) {
  const list = useMedicationList(patientId);
  const writes = useMedicationWrites(patientId);
  const [actionError, setActionError] = useState<string | null>(null);
  const dialogs = useItemDialog<MedicationDto, { kind: 'stop'; medication: MedicationDto }>(() => {
    setActionError(null);
    return list.reload();
  });
  const { dialog } = dialogs;
  const data = list.data;

  const markReviewed = async () => {
    setActionError(null);
    const result = await writes.markReviewed.run();
    if (result.ok) list.setData(() => result.value);
    else setActionError(result.error.message);
  };

  const actions = (medication: MedicationDto, current: boolean): ReactNode => (
    <ItemActions
      name={drugLabel(medication)}
      canWrite={canWrite}
      retired={medication.retired}
      {...dialogs.actionsFor(medication)}
    >
      {current && (
        <Button
          size="compact-xs"
          variant="subtle"
          color="orange"
          aria-label={`Stop ${drugLabel(medication)}`}
          onClick={() => dialogs.open({ kind: 'stop', medication })}
        >
          Stop
        </Button>
      )}
    </ItemActions>
  );

  const reviewed = data?.lastReview ?? null;
  return (
    <ItemPanel
      title="Medications"
      listName="the medication list"
      addLabel="Add medication"
      onAdd={() => dialogs.open({ kind: 'add' })}
      canWrite={canWrite}
      extraActions={
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconClipboardCheck size={14} aria-hidden />}
          loading={writes.markReviewed.pending}
          onClick={() => void markReviewed()}
        >
          Reviewed today
        </Button>
      }
      {...listStateOf(list)}
      actionError={actionError}
      onDismissActionError={() => setActionError(null)}
    >
      {data && (
        <Stack gap="sm">
          <Group gap={6} wrap="nowrap">
            <IconClipboardList size={16} aria-hidden />
            <Text size="sm" title={reviewed ? formatDateTime(reviewed.at) : undefined}>
              {reviewText(reviewed, new Date())}
            </Text>
          </Group>
          {data.active.length === 0 ? (
            <Text size="sm">
              {data.inactive.length + data.retired.length === 0
                ? 'No medications recorded.'
                : 'No current medications.'}
            </Text>
          ) : (
            <ItemTable
              label="Current medications"
              minWidth={820}
              columns={['Drug', 'Dose', 'Route', 'Frequency', 'Start', 'Prescriber']}
            >
              {data.active.map((medication) => (
                <Table.Tr key={medication.id}>
                  <Table.Td>
                    <DrugName medication={medication} />
                    {medication.sig && (
                      <Text size="xs" c="dimmed">
                        {medication.sig}
                      </Text>
                    )}
                    {(medication.quantity || medication.stopDate || medication.comment) && (
                      <Text size="xs" c="dimmed">
                        {[
                          medication.quantity && `Qty ${medication.quantity}`,
                          medication.stopDate && `until ${medication.stopDate}`,
                          medication.comment,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{doseText(medication) || dimmed('—')}</Table.Td>
                  <Table.Td>{routeLabel(medication.route) || dimmed('—')}</Table.Td>
                  <Table.Td>{medication.frequency || dimmed('—')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{medication.startDate || dimmed('—')}</Table.Td>
                  <Table.Td>{medication.prescriber || dimmed('—')}</Table.Td>
                  <Table.Td>{actions(medication, true)}</Table.Td>
                </Table.Tr>
              ))}
            </ItemTable>
          )}
          <CollapsibleItemList
            label="Stopped or completed"
            count={data.inactive.length}
            listLabel="Stopped or completed medications"
          >
            {data.inactive.map((medication) => (
              <Group component="li" key={medication.id} gap="xs" wrap="nowrap" justify="space-between">
                <div>
                  <DrugName medication={medication} />
                  <Text size="xs" c="dimmed">
                    {statusLabel(medication.status)} {medication.stopDate}
                    {medication.startDate && ` (started ${medication.startDate})`}
                    {doseText(medication) && ` · ${doseText(medication)}`}
                    {medication.frequency && ` ${medication.frequency}`}
                    {medication.comment && ` · ${medication.comment}`}
                  </Text>
                </div>
                {actions(medication, false)}
              </Group>
            ))}
          </CollapsibleItemList>
          <RetiredItemList
            items={data.retired}
            listLabel="Retired medications"
            name={drugLabel}
            actions={(medication) => actions(medication, false)}
          />
        </Stack>
      )}

      {dialogs.formItem !== undefined && (
        <MedicationFormModal
          medication={dialogs.formItem}
          {...itemFormSave(writes, dialogs.formItem)}
          onClose={dialogs.close}
          onSaved={dialogs.changed}
        />
      )}
      {dialog?.kind === 'stop' && (
        <StopMedicationDialog
          medication={dialog.medication}
          pending={writes.update.pending}
          onStop={(change) =>
            writes.update.run(dialog.medication.id, dialog.medication.version, {
              ...fieldsOf(dialog.medication),
              ...change,
            })
          }
          onClose={dialogs.close}
          onStopped={dialogs.changed}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="medication"
        name={drugLabel}
        explanation="The medication leaves every list but the retired one, where it stays with its history. If the patient no longer takes it, stop it instead."
        reasons={medicationRetireReasons}
        retire={writes.retire}
        loadHistory={(itemId) => api.medications.history({ patientId, itemId })}
        fieldLabel={fieldLabel}
        historyValue={historyValue}
      />
    </ItemPanel>
  );
}
