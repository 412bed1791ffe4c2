import { Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { ImmunizationDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { useSession } from '../../auth';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
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

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; record: ImmunizationDto }
  | { kind: 'retire'; record: ImmunizationDto }
  | { kind: 'history'; record: ImmunizationDto }
  | null;

const nameOf = (record: ImmunizationDto) => `${record.vaccine} on ${record.date}`;

/** The patient's immunization record: every dose given here or elsewhere, and every refusal, newest first. */
export function ImmunizationsPanel({ patientId, canWrite }: ImmunizationsPanelProps) {
  const list = useImmunizationList(patientId);
  const writes = useImmunizationWrites(patientId);
  const signedInName = useSession()?.user.fullName ?? '';
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = list.data;

  const changed = () => {
    setDialog(null);
    void list.reload();
  };

  const actions = (record: ImmunizationDto): ReactNode => (
    <ItemActions
      name={nameOf(record)}
      canWrite={canWrite}
      retired={record.retired}
      onEdit={() => setDialog({ kind: 'edit', record })}
      onRetire={() => setDialog({ kind: 'retire', record })}
      onHistory={() => setDialog({ kind: 'history', record })}
    />
  );

  return (
    <ItemPanel
      title="Immunizations"
      listName="the immunization record"
      addLabel="Record immunization"
      onAdd={() => setDialog({ kind: 'add' })}
      canWrite={canWrite}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      ready={data !== null}
    >
      {data && (
        <Stack gap="sm">
          {data.recorded.length === 0 ? (
            <Text size="sm">No immunizations recorded.</Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped withTableBorder verticalSpacing={4} aria-label="Immunizations, newest first">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Vaccine</Table.Th>
                    <Table.Th>Record</Table.Th>
                    <Table.Th>Details</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
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
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired immunizations">
            {data.retired.map((record) => (
              <Group component="li" key={record.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600} td="line-through">
                    {nameOf(record)}
                  </Text>{' '}
                  — retired {formatDateTime(record.updatedAt)}; reason: {record.retiredReason}
                </Text>
                {actions(record)}
              </Group>
            ))}
          </CollapsibleItemList>
        </Stack>
      )}

      {dialog?.kind === 'add' && (
        <ImmunizationFormModal
          record={null}
          signedInName={signedInName}
          pending={writes.add.pending}
          onSave={writes.add.run}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ImmunizationFormModal
          record={dialog.record}
          signedInName={signedInName}
          pending={writes.update.pending}
          onSave={(item) => writes.update.run(dialog.record.id, dialog.record.version, item)}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="immunization"
          name={vaccineLabel({ name: dialog.record.vaccine, code: dialog.record.cvx })}
          explanation="The record leaves the immunization list. It stays in the retired list with its history."
          reasons={immunizationRetireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.record.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${nameOf(dialog.record)}`}
          load={() => api.immunizations.history({ patientId, itemId: dialog.record.id })}
          fieldLabel={fieldLabel}
          historyValue={historyValue}
          onClose={() => setDialog(null)}
        />
      )}
    </ItemPanel>
  );
}
