import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { ProblemDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
import { ProblemFormModal } from './ProblemFormModal';
import { fieldLabel, historyValue, problemRetireReasons } from './problem-text';
import { useProblemList, useProblemWrites } from './use-problems';

interface ProblemsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** Without chart.write the list is read-only. */
  canWrite: boolean;
}

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; problem: ProblemDto }
  | { kind: 'retire'; problem: ProblemDto }
  | { kind: 'history'; problem: ProblemDto }
  | null;

const notRecorded = (
  <Text span size="sm" c="dimmed">
    Not recorded
  </Text>
);

/** The patient's problem list: active problems, the resolved ones (still on the chart), and the retired ones with reasons. */
export function ProblemsPanel({ patientId, canWrite }: ProblemsPanelProps) {
  const list = useProblemList(patientId);
  const writes = useProblemWrites(patientId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const data = list.data;

  const changed = () => {
    setDialog(null);
    setActionError(null);
    void list.reload();
  };

  /** Resolve an active problem, or make a resolved one active again, keeping every other field. */
  const setStatus = async (problem: ProblemDto, clinicalStatus: ProblemDto['clinicalStatus']) => {
    setActionError(null);
    const { code, description, onset, comment } = problem;
    const result = await writes.update.run(problem.id, problem.version, {
      code,
      description,
      onset,
      comment,
      clinicalStatus,
    });
    if (!result.ok) setActionError(result.error.message);
    void list.reload();
  };

  const actions = (problem: ProblemDto): ReactNode => (
    <ItemActions
      name={problem.description}
      canWrite={canWrite}
      retired={problem.retired}
      onEdit={() => setDialog({ kind: 'edit', problem })}
      onRetire={() => setDialog({ kind: 'retire', problem })}
      onHistory={() => setDialog({ kind: 'history', problem })}
    >
      <Button
        size="compact-xs"
        variant="subtle"
        disabled={writes.update.pending}
        aria-label={`${problem.clinicalStatus === 'active' ? 'Resolve' : 'Make active again'}: ${problem.description}`}
        onClick={() => void setStatus(problem, problem.clinicalStatus === 'active' ? 'resolved' : 'active')}
      >
        {problem.clinicalStatus === 'active' ? 'Resolve' : 'Make active'}
      </Button>
    </ItemActions>
  );

  return (
    <ItemPanel
      title="Problems"
      listName="the problem list"
      addLabel="Add problem"
      onAdd={() => setDialog({ kind: 'add' })}
      canWrite={canWrite}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      actionError={actionError}
      onDismissActionError={() => setActionError(null)}
      ready={data !== null}
    >
      {data && (
        <Stack gap="sm">
          {data.active.length === 0 ? (
            <Text size="sm">
              {data.resolved.length + data.retired.length === 0 ? 'No problems recorded.' : 'No active problems.'}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped withTableBorder verticalSpacing={4} aria-label="Active problems">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Code</Table.Th>
                    <Table.Th>Description</Table.Th>
                    <Table.Th>Onset</Table.Th>
                    <Table.Th>Comment</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.active.map((problem) => (
                    <Table.Tr key={problem.id}>
                      <Table.Td fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {problem.code}
                      </Table.Td>
                      <Table.Td>{problem.description}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{problem.onset || notRecorded}</Table.Td>
                      <Table.Td>{problem.comment}</Table.Td>
                      <Table.Td>{actions(problem)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <CollapsibleItemList label="Resolved" count={data.resolved.length} listLabel="Resolved problems">
            {data.resolved.map((problem) => (
              <Group component="li" key={problem.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600}>
                    {problem.code}
                  </Text>{' '}
                  {problem.description}
                  {problem.onset && `; onset ${problem.onset}`}; resolved (recorded {formatDateTime(problem.updatedAt)})
                  {problem.comment && `; ${problem.comment}`}
                </Text>
                {actions(problem)}
              </Group>
            ))}
          </CollapsibleItemList>
          <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired problems">
            {data.retired.map((problem) => (
              <Group component="li" key={problem.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600} td="line-through">
                    {problem.code} {problem.description}
                  </Text>{' '}
                  — retired {formatDateTime(problem.updatedAt)}; reason: {problem.retiredReason}
                </Text>
                {actions(problem)}
              </Group>
            ))}
          </CollapsibleItemList>
        </Stack>
      )}

      {dialog?.kind === 'add' && (
        <ProblemFormModal
          problem={null}
          pending={writes.add.pending}
          onSave={writes.add.run}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ProblemFormModal
          problem={dialog.problem}
          pending={writes.update.pending}
          onSave={(problem) => writes.update.run(dialog.problem.id, dialog.problem.version, problem)}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="problem"
          name={`${dialog.problem.code} ${dialog.problem.description}`}
          explanation="The problem leaves the problem list. It stays in the retired list with its history. If the problem is over, resolve it instead."
          reasons={problemRetireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.problem.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${dialog.problem.code} ${dialog.problem.description}`}
          load={() => api.problems.history({ patientId, itemId: dialog.problem.id })}
          fieldLabel={fieldLabel}
          historyValue={historyValue}
          onClose={() => setDialog(null)}
        />
      )}
    </ItemPanel>
  );
}
