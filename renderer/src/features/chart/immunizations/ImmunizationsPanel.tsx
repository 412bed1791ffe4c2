import { Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ImmunizationDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { useSession } from '../../auth';
import { ItemActions } from '../items/ItemActions';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { ItemTable } from '../items/ItemTable';
import { itemFormSave } from '../items/item-form-save';
import { RetireAndHistoryDialogs } from '../items/RetireAndHistoryDialogs';
import { RetiredItemList } from '../items/RetiredItemList';
import { useItemDialog } from '../items/use-item-dialog';
import { ImmunizationFormModal } from './ImmunizationFormModal';
import { detailParts, fieldLabel, historyValue, immunizationRetireReasons, vaccineLabel } from './immunization-text';
import { KindBadge } from './KindBadge';
import { useImmunizationList, useImmunizationWrites } from './use-immunizations';

interface ImmunizationsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** Without chart.write the record is read-only. */
  canWrite: boolean;
}

const nameOf = (record: ImmunizationDto) => `${record.vaccine} on ${record.date}`;

/** The patient's immunization record: every dose given here or elsewhere, and every refusal, newest first. */
export function ImmunizationsPanel({ patientId, canWrite }: ImmunizationsPanelProps) {
  const list = useImmunizationList(patientId);
  const writes = useImmunizationWrites(patientId);
  const signedInName = useSession()?.user.fullName ?? '';
  const dialogs = useItemDialog<ImmunizationDto>(list.reload);
  const data = list.data;

  const actions = (record: ImmunizationDto): ReactNode => (
    <ItemActions name={nameOf(record)} canWrite={canWrite} retired={record.retired} {...dialogs.actionsFor(record)} />
  );

  return (
    <ItemPanel
      title="Immunizations"
      listName="the immunization record"
      addLabel="Record immunization"
      onAdd={() => dialogs.open({ kind: 'add' })}
      canWrite={canWrite}
      {...listStateOf(list)}
    >
      {data && (
        <Stack gap="sm">
          {data.recorded.length === 0 ? (
            <Text size="sm">No immunizations recorded.</Text>
          ) : (
            <ItemTable
              label="Immunizations, newest first"
              minWidth={760}
              columns={['Date', 'Vaccine', 'Record', 'Details']}
            >
              {data.recorded.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{record.date}</Table.Td>
                  <Table.Td>
                    <Text span size="sm" fw={600}>
                      {record.vaccine}
                    </Text>{' '}
                    <Text span size="xs" c="dimmed">
                      CVX {record.cvx}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <KindBadge kind={record.kind} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{detailParts(record).join(' · ')}</Text>
                  </Table.Td>
                  <Table.Td>{actions(record)}</Table.Td>
                </Table.Tr>
              ))}
            </ItemTable>
          )}
          <RetiredItemList items={data.retired} listLabel="Retired immunizations" name={nameOf} actions={actions} />
        </Stack>
      )}

      {dialogs.formItem !== undefined && (
        <ImmunizationFormModal
          record={dialogs.formItem}
          signedInName={signedInName}
          {...itemFormSave(writes, dialogs.formItem)}
          onClose={dialogs.close}
          onSaved={dialogs.changed}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="immunization"
        name={nameOf}
        retireName={(record) => vaccineLabel({ name: record.vaccine, code: record.cvx })}
        explanation="The record leaves the immunization list. It stays in the retired list with its history."
        reasons={immunizationRetireReasons}
        retire={writes.retire}
        loadHistory={(itemId) => api.immunizations.history({ patientId, itemId })}
        fieldLabel={fieldLabel}
        historyValue={historyValue}
      />
    </ItemPanel>
  );
}
