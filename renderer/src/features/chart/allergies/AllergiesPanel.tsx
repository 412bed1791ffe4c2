import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { type AllergyDto, type PatientDto, retireReasons } from '../../../../../electron/contract';

type AllergyBanner = PatientDto['allergies'];

import { api } from '../../../platform';
import { ConfirmDialog, formatDateTime } from '../../../ui';
import { ItemActions } from '../items/ItemActions';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { ItemTable } from '../items/ItemTable';
import { itemFormSave } from '../items/item-form-save';
import { RetireAndHistoryDialogs } from '../items/RetireAndHistoryDialogs';
import { RetiredItemList } from '../items/RetiredItemList';
import { useItemDialog } from '../items/use-item-dialog';
import { AllergyFormModal } from './AllergyFormModal';
import { categoryLabel, fieldLabel, historyValue } from './allergy-text';
import { SeverityBadge } from './SeverityBadge';
import { useAllergyList, useAllergyWrites } from './use-allergies';

interface AllergiesPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** Without chart.write the list is read-only. */
  canWrite: boolean;
  /** The banner's allergy line, whenever the list is loaded or changes: the banner updates without a new chart read. */
  onBannerChange: (banner: AllergyBanner) => void;
}

/** The patient's allergies: the recorded state in words, the active list, and the retired ones with reasons. */
export function AllergiesPanel({ patientId, canWrite, onBannerChange }: AllergiesPanelProps) {
  const list = useAllergyList(patientId);
  const writes = useAllergyWrites(patientId);
  const dialogs = useItemDialog<AllergyDto, { kind: 'no-known' }>(list.reload);
  const [noKnownError, setNoKnownError] = useState<string | null>(null);
  const data = list.data;

  const banner = data?.banner;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the banner value is the trigger; the callback is the parent's.
  useEffect(() => {
    if (banner) onBannerChange(banner);
  }, [banner]);

  const markNoKnown = async () => {
    setNoKnownError(null);
    const result = await writes.markNoKnown.run();
    if (!result.ok) {
      setNoKnownError(result.error.message);
      return;
    }
    list.setData(() => result.value);
    dialogs.close();
  };

  return (
    <ItemPanel
      title="Allergies"
      listName="the allergy list"
      addLabel="Add allergy"
      onAdd={() => dialogs.open({ kind: 'add' })}
      canWrite={canWrite}
      extraActions={
        data?.active.length === 0 && (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconCircleCheck size={14} aria-hidden />}
            onClick={() => {
              setNoKnownError(null);
              dialogs.open({ kind: 'no-known' });
            }}
          >
            No known allergies
          </Button>
        )
      }
      {...listStateOf(list)}
    >
      {data && (
        <Stack gap="sm">
          <StateLine data={data} />
          {data.active.length > 0 && (
            <ItemTable
              label="Active allergies"
              minWidth={640}
              columns={['Substance', 'Category', 'Reaction', 'Severity', 'Onset']}
            >
              {data.active.map((allergy) => (
                <Table.Tr key={allergy.id}>
                  <Table.Td fw={600}>
                    {allergy.substance}
                    {allergy.comment && (
                      <Text size="xs" c="dimmed" fw={400}>
                        {allergy.comment}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{categoryLabel(allergy.category)}</Table.Td>
                  <Table.Td>
                    {allergy.reaction || (
                      <Text span size="sm" c="dimmed">
                        Not recorded
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SeverityBadge severity={allergy.severity} />
                  </Table.Td>
                  <Table.Td>
                    {allergy.onset || (
                      <Text span size="sm" c="dimmed">
                        Not recorded
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ItemActions
                      name={allergy.substance}
                      canWrite={canWrite}
                      retired={false}
                      {...dialogs.actionsFor(allergy)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </ItemTable>
          )}
          <RetiredItemList
            items={data.retired}
            listLabel="Retired allergies"
            name={(allergy) => allergy.substance}
            detail={(allergy) => `(${categoryLabel(allergy.category)}) `}
            actions={(allergy) => (
              <ItemActions name={allergy.substance} canWrite={canWrite} retired {...dialogs.actionsFor(allergy)} />
            )}
          />
        </Stack>
      )}

      {dialogs.formItem !== undefined && (
        <AllergyFormModal
          allergy={dialogs.formItem}
          {...itemFormSave(writes, dialogs.formItem)}
          onClose={dialogs.close}
          onSaved={dialogs.changed}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="allergy"
        name={(allergy) => allergy.substance}
        explanation="The allergy leaves the active list and the banner. It stays in the retired list with its history."
        reasons={retireReasons}
        retire={writes.retire}
        loadHistory={(allergyId) => api.allergies.history({ patientId, allergyId })}
        fieldLabel={fieldLabel}
        historyValue={historyValue}
      />
      <ConfirmDialog
        opened={dialogs.dialog?.kind === 'no-known'}
        title="Record no known allergies?"
        confirmLabel="Record no known allergies"
        pending={writes.markNoKnown.pending}
        error={noKnownError}
        onConfirm={() => void markNoKnown()}
        onCancel={dialogs.close}
      >
        Record that you asked and the patient has no known allergies. Your name and the time are kept with it.
      </ConfirmDialog>
    </ItemPanel>
  );
}

type AllergyList = NonNullable<ReturnType<typeof useAllergyList>['data']>;

/** The allergy state in words, with an icon; never colour alone. */
function StateLine({ data }: { data: AllergyList }) {
  if (data.state === 'not-recorded') {
    return (
      <Group gap={6} wrap="nowrap">
        <IconHelpCircle size={16} aria-hidden />
        <Text size="sm">Allergies not recorded. Ask the patient, then record them or "No known allergies".</Text>
      </Group>
    );
  }
  if (data.state === 'no-known-allergies') {
    return (
      <Group gap={6} wrap="nowrap">
        <IconCircleCheck size={16} aria-hidden />
        <Text size="sm">
          No known allergies — recorded by {data.reviewedBy || 'an unknown user'}, {formatDateTime(data.reviewedAt)}
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="nowrap">
      <IconAlertTriangle size={16} aria-hidden />
      <Text size="sm">
        {data.active.length} active {data.active.length === 1 ? 'allergy' : 'allergies'}
      </Text>
    </Group>
  );
}
