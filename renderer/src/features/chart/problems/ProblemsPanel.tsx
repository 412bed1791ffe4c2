import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { ProblemDto } from '../../../../../electron/contract';
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
import { ProblemFormModal } from './ProblemFormModal';
import { fieldLabel, historyValue, problemRetireReasons } from './problem-text';
import { useProblemList, useProblemWrites } from './use-problems';

interface ProblemsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** Without chart.write the list is read-only. */
  canWrite: boolean;
}

const notRecorded = (
  <Text span size="sm" c="dimmed">
    Not recorded
  </Text>
);

const problemName = (problem: ProblemDto) => `${problem.code} ${problem.description}`;

/** The patient's problem list: active problems, the resolved ones (still on the chart), and the retired ones with reasons. */
export function ProblemsPanel({ patientId, canWrite }: ProblemsPanelProps) {
  const list = useProblemList(patientId);
  const writes = useProblemWrites(patientId);
  const [actionError, setActionError] = useState<string | null>(null);
  const dialogs = useItemDialog<ProblemDto>(() => {
    setActionError(null);
    return list.reload();
  });
  const data = list.data;

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
      {...dialogs.actionsFor(problem)}
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
      onAdd={() => dialogs.open({ kind: 'add' })}
      canWrite={canWrite}
      {...listStateOf(list)}
      actionError={actionError}
      onDismissActionError={() => setActionError(null)}
    >
      {data && (
        <Stack gap="sm">
          {data.active.length === 0 ? (
            <Text size="sm">
              {data.resolved.length + data.retired.length === 0 ? 'No problems recorded.' : 'No active problems.'}
            </Text>
          ) : (
            <ItemTable label="Active problems" minWidth={640} columns={['Code', 'Description', 'Onset', 'Comment']}>
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
            </ItemTable>
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
          <RetiredItemList items={data.retired} listLabel="Retired problems" name={problemName} actions={actions} />
        </Stack>
      )}

      {dialogs.formItem !== undefined && (
        <ProblemFormModal
          problem={dialogs.formItem}
          {...itemFormSave(writes, dialogs.formItem)}
          onClose={dialogs.close}
          onSaved={dialogs.changed}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="problem"
        name={problemName}
        explanation="The problem leaves the problem list. It stays in the retired list with its history. If the problem is over, resolve it instead."
        reasons={problemRetireReasons}
        retire={writes.retire}
        loadHistory={(itemId) => api.problems.history({ patientId, itemId })}
        fieldLabel={fieldLabel}
        historyValue={historyValue}
      />
    </ItemPanel>
  );
}
