import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { type AllergyDto, type PatientDto, retireReasons } from '../../../../../electron/contract';

type AllergyBanner = PatientDto['allergies'];

import { api } from '../../../platform';
import { ConfirmDialog, formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
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
  /** Called after any change, so the banner shows the new allergy line. */
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
    <Paper component="section" aria-labelledby="allergies-title" withBorder p="sm" radius="sm">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="allergies-title">
          Allergies
        </Title>
        {canWrite && data && (
          <Group gap="xs">
            {data.active.length === 0 && (
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
            )}
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setDialog({ kind: 'add' })}
            >
              Add allergy
            </Button>
          </Group>
        )}
      </Group>

      {list.loading && !data && (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading the allergy list…
          </Text>
        </Group>
      )}
      {list.error && (
        <Alert color="red" variant="light" title="The allergy list could not be shown" mb="sm">
          <Group justify="space-between" gap="xs">
            <span>{list.error}</span>
            <Button size="compact-sm" variant="default" onClick={() => void list.reload()}>
              Try again
            </Button>
          </Group>
        </Alert>
      )}

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
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {canWrite && (
                            <>
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                aria-label={`Edit ${allergy.substance}`}
                                onClick={() => setDialog({ kind: 'edit', allergy })}
                              >
                                Edit
                              </Button>
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                color="red"
                                aria-label={`Retire ${allergy.substance}`}
                                onClick={() => setDialog({ kind: 'retire', allergy })}
                              >
                                Retire
                              </Button>
                            </>
                          )}
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="gray"
                            aria-label={`History of ${allergy.substance}`}
                            onClick={() => setDialog({ kind: 'history', allergy })}
                          >
                            History
                          </Button>
                        </Group>
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
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="gray"
                  aria-label={`History of ${allergy.substance}`}
                  onClick={() => setDialog({ kind: 'history', allergy })}
                >
                  History
                </Button>
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
    </Paper>
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
