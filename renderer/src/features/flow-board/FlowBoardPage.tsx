import { Alert, Badge, Button, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { AppointmentDto } from '../../../../electron/contract';
import { ConfirmDialog, formatCalendarDate, PageHeader } from '../../ui';
import { CheckInDialog } from './CheckInDialog';
import { CheckOutDialog } from './CheckOutDialog';
import { FlowCard } from './FlowCard';
import { boardColumns, flowColumns, waitingTooLong, waitThresholdMinutes } from './flow-model';
import { RoomDialog } from './RoomDialog';
import type { StepSubmit } from './step';
import { useFlowBoard } from './use-flow-board';

type OpenStep = { kind: 'check-in' | 'room' | 'check-out' | 'no-show'; appointment: AppointmentDto };

/**
 * The patient-flow board (issue 5): today's patients, all providers, moving from scheduled through
 * arrived (check-in), roomed, with provider, to checked out. Waits tick every 30 seconds; anyone
 * waiting too long is called out in words and with an icon, not by colour alone.
 */
export function FlowBoardPage({ onOpenChart }: { onOpenChart: (patientId: number) => void }) {
  const board = useFlowBoard();
  const [providerId, setProviderId] = useState<string | null>(null);
  const [open, setOpen] = useState<OpenStep | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const providers = useMemo(
    () => (board.setup?.providers ?? []).map((p) => ({ value: String(p.providerId), label: p.name })),
    [board.setup],
  );
  const providerName = (id: number) => providers.find((p) => p.value === String(id))?.label ?? 'Provider';
  const columns = boardColumns(board.appointments, providerId ? Number(providerId) : null);
  const occupants = new Map(
    [...columns.roomed, ...columns['with-provider']]
      .filter((a) => a.roomId !== null)
      .map((a) => [a.roomId as number, a.patientName] as const),
  );
  const waiting = [...columns.arrived, ...columns.roomed].filter((a) => waitingTooLong(a, board.now)).length;
  const noShows = board.appointments.filter(
    (a) => a.status === 'no-show' && (!providerId || a.providerId === Number(providerId)),
  ).length;

  /** Moves the appointment one step; returns the server's message when refused. */
  const stepFor =
    (appointment: AppointmentDto): StepSubmit =>
    async (step) => {
      setBusyId(appointment.id);
      const result = await board.setStatus({
        appointmentId: appointment.id,
        expectedVersion: appointment.version,
        ...step,
      });
      setBusyId(null);
      return result.ok ? null : result.error.message;
    };

  const onStep = (appointment: AppointmentDto) => {
    setMessage(null);
    if (appointment.status === 'scheduled') setOpen({ kind: 'check-in', appointment });
    else if (appointment.status === 'arrived') setOpen({ kind: 'room', appointment });
    else if (appointment.status === 'with-provider') setOpen({ kind: 'check-out', appointment });
    else if (appointment.status === 'roomed')
      void stepFor(appointment)({ status: 'with-provider' }).then((problem) => setMessage(problem));
  };

  return (
    <Stack gap="sm">
      <PageHeader
        title="Patient flow"
        description={
          board.date
            ? `Today, ${formatCalendarDate(board.date, { weekday: 'long', day: 'numeric', month: 'long' })}. Waiting is called out after ${waitThresholdMinutes.arrived} minutes in the waiting room and ${waitThresholdMinutes.roomed} minutes in a room.`
            : undefined
        }
        actions={
          <>
            <Select
              aria-label="Provider"
              placeholder="All providers"
              clearable
              w={220}
              data={providers}
              value={providerId}
              onChange={setProviderId}
            />
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={() => void board.reload()}
            >
              Refresh
            </Button>
          </>
        }
      />
      {board.error ? (
        <Alert color="red" variant="light" title="The board could not be updated">
          {board.error}
        </Alert>
      ) : null}
      {message ? (
        <Alert color="red" variant="light" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      ) : null}
      {board.loading && !board.date ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading today's patients…
          </Text>
        </Group>
      ) : (
        <Group gap="xs">
          {waiting > 0 ? (
            <Badge color="red" variant="light">
              {waiting} {waiting === 1 ? 'patient' : 'patients'} waiting too long
            </Badge>
          ) : null}
          {noShows > 0 ? (
            <Badge color="gray" variant="light">
              {noShows} no-{noShows === 1 ? 'show' : 'shows'} today
            </Badge>
          ) : null}
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="xs">
        {flowColumns.map((column) => (
          <Paper
            key={column.status}
            component="section"
            aria-label={column.title}
            withBorder
            p="xs"
            bg="var(--mantine-color-gray-0)"
          >
            <Group justify="space-between" mb={6}>
              <Title order={2} size="h5">
                {column.title}
              </Title>
              <Badge variant="default">{columns[column.status].length}</Badge>
            </Group>
            <Stack gap={6}>
              {columns[column.status].length === 0 ? (
                <Text size="xs" c="dimmed">
                  Nobody
                </Text>
              ) : (
                columns[column.status].map((appointment) => (
                  <FlowCard
                    key={appointment.id}
                    appointment={appointment}
                    providerName={providerName(appointment.providerId)}
                    now={board.now}
                    busy={busyId === appointment.id}
                    onStep={() => onStep(appointment)}
                    onNoShow={() => setOpen({ kind: 'no-show', appointment })}
                    onOpenChart={() => onOpenChart(appointment.patientId)}
                  />
                ))
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>

      {open?.kind === 'check-in' ? (
        <CheckInDialog
          appointment={open.appointment}
          onSubmit={stepFor(open.appointment)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'room' ? (
        <RoomDialog
          appointment={open.appointment}
          rooms={board.setup?.rooms ?? []}
          occupants={occupants}
          onSubmit={stepFor(open.appointment)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'check-out' ? (
        <CheckOutDialog
          appointment={open.appointment}
          providers={providers}
          onSubmit={stepFor(open.appointment)}
          onClose={() => setOpen(null)}
        />
      ) : null}
      <NoShowDialog
        appointment={open?.kind === 'no-show' ? open.appointment : null}
        submit={open ? stepFor(open.appointment) : null}
        onClose={() => setOpen(null)}
      />
    </Stack>
  );
}

function NoShowDialog({
  appointment,
  submit,
  onClose,
}: {
  appointment: AppointmentDto | null;
  submit: StepSubmit | null;
  onClose: () => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      opened={appointment !== null}
      title="Mark a no-show?"
      confirmLabel="Mark no-show"
      danger
      pending={pending}
      error={error}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      onConfirm={() => {
        if (!submit) return;
        setPending(true);
        void submit({ status: 'no-show' }).then((problem) => {
          setPending(false);
          setError(problem);
          if (!problem) onClose();
        });
      }}
    >
      {appointment
        ? `${appointment.patientName} did not come to the ${appointment.start} ${appointment.typeName}. The visit stays in their appointment history as a no-show.`
        : ''}
    </ConfirmDialog>
  );
}
