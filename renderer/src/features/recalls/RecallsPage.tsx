import { Alert, Badge, Button, Group, Loader, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import type { RecallDto, RecallStatus } from '../../../../electron/contract';
import { ConfirmDialog, formatCalendarDate, PageHeader } from '../../ui';
import { useScheduleSetup } from '../schedule';
import { CallListSheet } from './CallListSheet';
import { dueWords, phoneLines } from './recall-words';
import { type RecallFilter, useRecallList, useUpdateRecall } from './use-recalls';

type Show = RecallFilter['show'];
const upcomingDays = 30;
const showLabels: Record<NonNullable<Show>, string> = {
  due: 'Due or overdue',
  overdue: 'Overdue only',
  upcoming: `Due within ${upcomingDays} days`,
};

const doneWords: Record<Exclude<RecallStatus, 'open'>, string> = {
  booked: 'marked booked',
  done: 'marked done',
  cancelled: 'cancelled',
};

/**
 * The recall list (issue 5): patients due back, most overdue first, with the numbers to call. Each
 * row is marked booked once an appointment is made, done, or cancelled; the list prints as a call list.
 */
export function RecallsPage() {
  const [show, setShow] = useState<NonNullable<Show>>('due');
  const [providerId, setProviderId] = useState<string | null>(null);
  const filter: RecallFilter = {
    show,
    upcomingDays,
    ...(providerId ? { providerId: Number(providerId) } : {}),
  };
  const list = useRecallList(filter);
  const setup = useScheduleSetup();
  const update = useUpdateRecall();
  const [busyId, setBusyId] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [cancelling, setCancelling] = useState<RecallDto | null>(null);
  const [cancelError, setCancelError] = useState<string | null>(null);

  /** Marks the recall; returns the server's message when refused, null when done. */
  const mark = async (recall: RecallDto, status: Exclude<RecallStatus, 'open'>): Promise<string | null> => {
    setBusyId(recall.id);
    const result = await update({ recallId: recall.id, expectedVersion: recall.version, status });
    setBusyId(null);
    if (!result.ok) {
      setMessage({ ok: false, text: result.error.message });
      if (result.error.code === 'CONFLICT') void list.reload();
      return result.error.message;
    }
    setMessage({ ok: true, text: `${recall.patientName}: ${recall.reason} ${doneWords[status]}.` });
    void list.reload();
    return null;
  };

  const providers = (setup.data?.providers ?? []).map((p) => ({ value: String(p.providerId), label: p.name }));
  const recalls = list.data?.recalls ?? [];

  return (
    <Stack gap="sm">
      <PageHeader
        title="Recalls"
        description="Patients due back for a visit: call them, book the visit, then mark the recall booked."
        actions={
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            disabled={recalls.length === 0}
            onClick={() => window.print()}
          >
            Print call list
          </Button>
        }
      />
      <Group gap="sm" align="flex-end">
        <SegmentedControl
          aria-label="Which recalls"
          value={show}
          onChange={(value) => setShow(value as NonNullable<Show>)}
          data={Object.entries(showLabels).map(([value, label]) => ({ value, label }))}
        />
        <Select
          label="Provider"
          placeholder="All providers"
          clearable
          w={220}
          data={providers}
          value={providerId}
          onChange={setProviderId}
        />
      </Group>
      {message ? (
        <Alert color={message.ok ? 'teal' : 'red'} variant="light" withCloseButton onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      {list.error ? (
        <Alert color="red" variant="light" title="The recall list could not be shown">
          <Group justify="space-between" gap="xs">
            <span>{list.error}</span>
            <Button size="compact-sm" variant="default" onClick={() => void list.reload()}>
              Try again
            </Button>
          </Group>
        </Alert>
      ) : null}
      {list.loading && !list.data ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading recalls…
          </Text>
        </Group>
      ) : null}
      {list.data && recalls.length === 0 ? (
        <Text size="sm" c="dimmed">
          No open recalls{' '}
          {show === 'upcoming' ? `due within ${upcomingDays} days` : show === 'overdue' ? 'overdue' : 'due'}.
        </Text>
      ) : null}
      {list.data?.truncated ? (
        <Text size="sm">Only the first {recalls.length} recalls are shown. Pick a provider to narrow the list.</Text>
      ) : null}
      {recalls.length > 0 ? (
        <Table striped highlightOnHover aria-label="Recalls">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Patient</Table.Th>
              <Table.Th>Phones</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Provider</Table.Th>
              <Table.Th>Mark</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recalls.map((recall) => (
              <Table.Tr key={recall.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {recall.patientName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    MRN {recall.patientMrn} · born {formatCalendarDate(recall.patientBirthDate)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {phoneLines(recall).map((line) => (
                    <Text key={line} size="sm">
                      {line}
                    </Text>
                  ))}
                  {phoneLines(recall).length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No phone on file
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatCalendarDate(recall.dueDate)}</Text>
                  {recall.daysOverdue > 0 ? (
                    <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                      {dueWords(recall)}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {dueWords(recall)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{recall.reason}</Table.Td>
                <Table.Td>{recall.providerName || 'Any provider'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={busyId === recall.id}
                      aria-label={`Mark ${recall.patientName}'s recall booked`}
                      onClick={() => void mark(recall, 'booked')}
                    >
                      Booked
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="default"
                      disabled={busyId === recall.id}
                      aria-label={`Mark ${recall.patientName}'s recall done`}
                      onClick={() => void mark(recall, 'done')}
                    >
                      Done
                    </Button>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      disabled={busyId === recall.id}
                      aria-label={`Cancel ${recall.patientName}'s recall`}
                      onClick={() => {
                        setCancelError(null);
                        setCancelling(recall);
                      }}
                    >
                      Cancel
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      <ConfirmDialog
        opened={cancelling !== null}
        title="Cancel this recall?"
        confirmLabel="Cancel the recall"
        danger
        pending={busyId !== null}
        error={cancelError}
        onCancel={() => setCancelling(null)}
        onConfirm={() => {
          if (!cancelling) return;
          void mark(cancelling, 'cancelled').then((problem) => {
            if (problem) setCancelError(problem);
            else setCancelling(null);
          });
        }}
      >
        {cancelling
          ? `${cancelling.patientName} will no longer be on the call list for "${cancelling.reason}". The recall is kept, marked cancelled.`
          : ''}
      </ConfirmDialog>
      {list.data && recalls.length > 0 ? <CallListSheet list={list.data} heading={showLabels[show]} /> : null}
    </Stack>
  );
}
