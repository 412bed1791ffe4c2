import { Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { type FamilyHistoryDto, familyHistoryRetireReasons, relativeLabels } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
import { FamilyHistoryFormModal } from './FamilyHistoryFormModal';
import { familyEntryName, familyFieldLabel, familyHistoryValue } from './histories-text';
import { useFamilyHistoryList, useFamilyHistoryWrites } from './use-histories';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; entry: FamilyHistoryDto }
  | { kind: 'retire'; entry: FamilyHistoryDto }
  | { kind: 'history'; entry: FamilyHistoryDto }
  | null;

/** Each relative's conditions, with the age at onset and whether the relative has died. */
export function FamilyHistoryPanel({ patientId, canWrite }: { patientId: number; canWrite: boolean }) {
  const list = useFamilyHistoryList(patientId);
  const writes = useFamilyHistoryWrites(patientId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = list.data;

  const changed = () => {
    setDialog(null);
    void list.reload();
  };
  const actions = (entry: FamilyHistoryDto) => (
    <ItemActions
      name={familyEntryName(entry)}
      canWrite={canWrite}
      retired={entry.retired}
      onEdit={() => setDialog({ kind: 'edit', entry })}
      onRetire={() => setDialog({ kind: 'retire', entry })}
      onHistory={() => setDialog({ kind: 'history', entry })}
    />
  );

  return (
    <ItemPanel
      title="Family history"
      listName="the family history"
      addLabel="Add family history"
      onAdd={() => setDialog({ kind: 'add' })}
      canWrite={canWrite}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      ready={data !== null}
    >
      {data && (
        <>
          {data.active.length === 0 ? (
            <Text size="sm">No family history recorded.</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder verticalSpacing={4} aria-label="Family history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Relative</Table.Th>
                    <Table.Th>Condition</Table.Th>
                    <Table.Th>Age at onset</Table.Th>
                    <Table.Th>Deceased</Table.Th>
                    <Table.Th>Comment</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.active.map((entry) => (
                    <Table.Tr key={entry.id}>
                      <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {relativeLabels[entry.relative]}
                      </Table.Td>
                      <Table.Td>
                        {entry.condition}
                        {entry.code && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({entry.code})
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{entry.ageAtOnset ?? ''}</Table.Td>
                      <Table.Td>{entry.deceased ? 'Yes' : ''}</Table.Td>
                      <Table.Td>{entry.comment}</Table.Td>
                      <Table.Td>{actions(entry)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired family history">
            {data.retired.map((entry) => (
              <Group component="li" key={entry.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600} td="line-through">
                    {familyEntryName(entry)}
                  </Text>{' '}
                  — retired {formatDateTime(entry.updatedAt)}; reason: {entry.retiredReason}
                </Text>
                {actions(entry)}
              </Group>
            ))}
          </CollapsibleItemList>
        </>
      )}

      {dialog?.kind === 'add' && (
        <FamilyHistoryFormModal
          entry={null}
          pending={writes.add.pending}
          onSave={writes.add.run}
          onSaved={changed}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <FamilyHistoryFormModal
          entry={dialog.entry}
          pending={writes.update.pending}
          onSave={(fields) => writes.update.run(dialog.entry.id, dialog.entry.version, fields)}
          onSaved={changed}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="family history entry"
          name={familyEntryName(dialog.entry)}
          explanation="The entry leaves the family history. It stays in the retired list with its history."
          reasons={familyHistoryRetireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.entry.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${familyEntryName(dialog.entry)}`}
          load={() => api.familyHistory.history({ patientId, itemId: dialog.entry.id })}
          fieldLabel={familyFieldLabel}
          historyValue={familyHistoryValue}
          onClose={() => setDialog(null)}
        />
      )}
    </ItemPanel>
  );
}
