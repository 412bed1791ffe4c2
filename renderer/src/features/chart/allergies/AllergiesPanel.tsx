import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { type AllergyDto, type PatientDto, retireReasons } from '../../../../../electron/contract';

type AllergyBanner = PatientDto['allergies'];

import { api } from '../../../platform';
import { ConfirmDialog, formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
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

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; allergy: AllergyDto }
  | { kind: 'retire'; allergy: AllergyDto }
  | { kind: 'history'; allergy: AllergyDto }
  | { kind: 'no-known' }
  | null;

/** The patient's allergies: the recorded state in words, the active list, and the retired ones with reasons. */
export function AllergiesPanel({ patientId, canWrite, onBannerChange }: AllergiesPanelProps) {
  const list = useAllergyList(patientId);
  const writes = useAllergyWrites(patientId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [noKnownError, setNoKnownError] = useState<string | null>(null);
  const data = list.data;

  const banner = data?.banner;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the banner value is the trigger; the callback is the parent's.
  useEffect(() => {
    if (banner) onBannerChange(banner);
  }, [banner]);

  const changed = () => {
    setDialog(null);
    void list.reload();
  };

  const markNoKnown = async () => {
    setNoKnownError(null);
    const result = await writes.markNoKnown.run();
    if (!result.ok) {
      setNoKnownError(result.error.message);
      return;
    }
    list.setData(() => result.value);
    setDialog(null);
  };

  return (
    <ItemPanel
      title="Allergies"
      listName="the allergy list"
      addLabel="Add allergy"
      onAdd={() => setDialog({ kind: 'add' })}
      canWrite={canWrite}
      extraActions={
        data?.active.length === 0 && (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconCircleCheck size={14} aria-hidden />}
            onClick={() => {
              setNoKnownError(null);
              setDialog({ kind: 'no-known' });
            }}
          >
            No known allergies
          </Button>
        )
      }
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      ready={data !== null}
    >
      {data && (
        <Stack gap="sm">
          <StateLine data={data} />
          {data.active.length > 0 && (
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder verticalSpacing={4} aria-label="Active allergies">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Substance</Table.Th>
                    <Table.Th>Category</Table.Th>
                    <Table.Th>Reaction</Table.Th>
                    <Table.Th>Severity</Table.Th>
                    <Table.Th>Onset</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
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
                          onEdit={() => setDialog({ kind: 'edit', allergy })}
                          onRetire={() => setDialog({ kind: 'retire', allergy })}
                          onHistory={() => setDialog({ kind: 'history', allergy })}
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired allergies">
            {data.retired.map((allergy) => (
              <Group component="li" key={allergy.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600} td="line-through">
                    {allergy.substance}
                  </Text>{' '}
                  ({categoryLabel(allergy.category)}) — retired {formatDateTime(allergy.updatedAt)}; reason:{' '}
                  {allergy.retiredReason}
                </Text>
                <ItemActions
                  name={allergy.substance}
                  canWrite={canWrite}
                  retired
                  onHistory={() => setDialog({ kind: 'history', allergy })}
                />
              </Group>
            ))}
          </CollapsibleItemList>
        </Stack>
      )}

      {dialog?.kind === 'add' && (
        <AllergyFormModal
          allergy={null}
          pending={writes.add.pending}
          onSave={writes.add.run}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'edit' && (
        <AllergyFormModal
          allergy={dialog.allergy}
          pending={writes.update.pending}
          onSave={(allergy) =>
            writes.update.run({ allergyId: dialog.allergy.id, expectedVersion: dialog.allergy.version, allergy })
          }
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="allergy"
          name={dialog.allergy.substance}
          explanation="The allergy leaves the active list and the banner. It stays in the retired list with its history."
          reasons={retireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.allergy.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${dialog.allergy.substance}`}
          load={() => api.allergies.history({ patientId, allergyId: dialog.allergy.id })}
          fieldLabel={fieldLabel}
          historyValue={historyValue}
          onClose={() => setDialog(null)}
        />
      )}
      <ConfirmDialog
        opened={dialog?.kind === 'no-known'}
        title="Record no known allergies?"
        confirmLabel="Record no known allergies"
        pending={writes.markNoKnown.pending}
        error={noKnownError}
        onConfirm={() => void markNoKnown()}
        onCancel={() => setDialog(null)}
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
