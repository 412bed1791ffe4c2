import { Table, Text } from '@mantine/core';
import { type FamilyHistoryDto, familyHistoryRetireReasons, relativeLabels } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { ItemActions } from '../items/ItemActions';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { ItemTable } from '../items/ItemTable';
import { itemFormSave } from '../items/item-form-save';
import { RetireAndHistoryDialogs } from '../items/RetireAndHistoryDialogs';
import { RetiredItemList } from '../items/RetiredItemList';
import { useItemDialog } from '../items/use-item-dialog';
import { FamilyHistoryFormModal } from './FamilyHistoryFormModal';
import { familyEntryName, familyFieldLabel, familyHistoryValue } from './histories-text';
import { useFamilyHistoryList, useFamilyHistoryWrites } from './use-histories';

/** Each relative's conditions, with the age at onset and whether the relative has died. */
export function FamilyHistoryPanel({ patientId, canWrite }: { patientId: number; canWrite: boolean }) {
  const list = useFamilyHistoryList(patientId);
  const writes = useFamilyHistoryWrites(patientId);
  const dialogs = useItemDialog<FamilyHistoryDto>(list.reload);
  const data = list.data;

  const actions = (entry: FamilyHistoryDto) => (
    <ItemActions
      name={familyEntryName(entry)}
      canWrite={canWrite}
      retired={entry.retired}
      {...dialogs.actionsFor(entry)}
    />
  );

  return (
    <ItemPanel
      title="Family history"
      listName="the family history"
      addLabel="Add family history"
      onAdd={() => dialogs.open({ kind: 'add' })}
      canWrite={canWrite}
      {...listStateOf(list)}
    >
      {data && (
        <>
          {data.active.length === 0 ? (
            <Text size="sm">No family history recorded.</Text>
          ) : (
            <ItemTable
              label="Family history"
              minWidth={640}
              columns={['Relative', 'Condition', 'Age at onset', 'Deceased', 'Comment']}
            >
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
            </ItemTable>
          )}
          <RetiredItemList
            items={data.retired}
            listLabel="Retired family history"
            name={familyEntryName}
            actions={actions}
          />
        </>
      )}

      {dialogs.formItem !== undefined && (
        <FamilyHistoryFormModal
          entry={dialogs.formItem}
          {...itemFormSave(writes, dialogs.formItem)}
          onSaved={dialogs.changed}
          onClose={dialogs.close}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="family history entry"
        name={familyEntryName}
        explanation="The entry leaves the family history. It stays in the retired list with its history."
        reasons={familyHistoryRetireReasons}
        retire={writes.retire}
        loadHistory={(itemId) => api.familyHistory.history({ patientId, itemId })}
        fieldLabel={familyFieldLabel}
        historyValue={familyHistoryValue}
      />
    </ItemPanel>
  );
}
