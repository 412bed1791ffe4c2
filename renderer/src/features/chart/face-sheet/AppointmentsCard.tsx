import { Alert, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppointmentDto, FaceSheetDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { appointmentStatusWords, formatVisitDay } from './appointment-words';
import { FaceSheetCard } from './FaceSheetCard';

interface History {
  appointments: AppointmentDto[];
  providerNames: Map<number, string>;
}

interface AppointmentsCardProps {
  patientId: number;
  next: FaceSheetDto['nextAppointment'];
}

/**
 * The next appointment (from the face sheet's one call) and, on request, the whole appointment
 * history with cancellations and no-shows: fetched only when asked for, so opening a chart stays one call.
 */
export function AppointmentsCard({ patientId, next }: AppointmentsCardProps) {
  const [history, setHistory] = useState<History | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    setLoading(true);
    setError(null);
    const [appointments, setup] = await Promise.all([
      api.appointments.forPatient({ patientId }),
      api.schedule.setup({}),
    ]);
    setLoading(false);
    if (!appointments.ok) setError(appointments.error.message);
    else if (!setup.ok) setError(setup.error.message);
    else
      setHistory({
        appointments: appointments.value.history,
        providerNames: new Map(setup.value.providers.map((p) => [p.providerId, p.name])),
      });
  };

  return (
    <FaceSheetCard title="Appointments">
      <Stack gap="xs">
        {next ? (
          <Text size="sm" data-testid="next-appointment">
            <Text span size="sm" fw={600}>
              Next: {formatVisitDay(next.date)} at {next.start}
            </Text>{' '}
            with {next.providerName}, {next.typeName}
            {next.status === 'scheduled' ? '' : ` (${appointmentStatusWords[next.status]})`}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            No appointment booked.
          </Text>
        )}
        {history ? (
          <HistoryTable history={history} />
        ) : (
          <Button size="compact-sm" variant="default" w="fit-content" loading={loading} onClick={() => void load()}>
            Show appointment history
          </Button>
        )}
        {error ? (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        ) : null}
      </Stack>
    </FaceSheetCard>
  );
}

function HistoryTable({ history }: { history: History }) {
  if (history.appointments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No appointments on record.
      </Text>
    );
  }
  const noShows = history.appointments.filter((a) => a.status === 'no-show').length;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        {history.appointments.length} {history.appointments.length === 1 ? 'appointment' : 'appointments'}
        {noShows > 0 ? `, ${noShows} ${noShows === 1 ? 'no-show' : 'no-shows'}` : ''}
      </Text>
      <Table fz="sm" verticalSpacing={2} aria-label="Appointment history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            <Table.Th>Provider</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.appointments.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                {formatVisitDay(a.date)} {a.start}
              </Table.Td>
              <Table.Td>{history.providerNames.get(a.providerId) ?? 'Former provider'}</Table.Td>
              <Table.Td>{a.typeName}</Table.Td>
              <Table.Td>
                {a.status === 'no-show' ? (
                  <Badge color="orange" variant="light" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
                    No-show
                  </Badge>
                ) : (
                  appointmentStatusWords[a.status]
                )}
                {a.status === 'cancelled' && a.cancelReason ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({a.cancelReason})
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
