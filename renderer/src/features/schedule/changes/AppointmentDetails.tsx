import { Badge, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconStack2, IconUserX, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import { FormAlert } from '../../../ui';
import { formatDate } from '../../patients';
import { useMarkNoShow } from '../hooks/use-appointment-changes';
import { statusLabels } from '../model/calendar-column';
import { formatLongDay } from '../model/calendar-dates';
import { minutesOf } from '../model/time-grid';

interface AppointmentDetailsProps {
  appointment: AppointmentDto;
  providerName: string;
  /** Today and the minute now on the practice's clock: a no-show can only be marked once the time has passed. */
  now: { date: string; minutes: number };
  onCancel: () => void;
  onChanged: () => void;
  onOpenChart?: ((patientId: number) => void) | undefined;
  onClose: () => void;
}

export const isPastAndScheduled = (appointment: AppointmentDto, now: { date: string; minutes: number }): boolean =>
  appointment.status === 'scheduled' &&
  (appointment.date < now.date || (appointment.date === now.date && minutesOf(appointment.start) <= now.minutes));

/** One appointment in full, with what can be done to it from the calendar. */
export function AppointmentDetails(props: AppointmentDetailsProps) {
  const { appointment, providerName, now, onCancel, onChanged, onOpenChart, onClose } = props;
  const { markNoShow, pending } = useMarkNoShow();
  const [error, setError] = useState<string | null>(null);
  const noShow = async () => {
    const result = await markNoShow(appointment);
    if (result.ok) onChanged();
    else setError(result.error.message);
  };
  const rows: [string, string][] = [
    [
      'When',
      `${formatLongDay(appointment.date)}, ${appointment.start}–${appointment.end} (${appointment.durationMinutes} min)`,
    ],
    [
      'Patient',
      `${appointment.patientName}, born ${formatDate(appointment.patientBirthDate)}, MRN ${appointment.patientMrn}`,
    ],
    ['Provider', providerName],
    ['Type', appointment.typeName],
    ['Room', appointment.roomName || 'None yet'],
    ['Reason for the visit', appointment.reason || '—'],
  ];
  if (appointment.seriesId !== null)
    rows.push(['Series', `Visit ${appointment.seriesIndex ?? '?'} of a repeating series`]);
  if (appointment.overrideReason) rows.push(['Booked over a warning because', appointment.overrideReason]);
  if (appointment.cancelReason) rows.push(['Cancelled because', appointment.cancelReason]);
  const open = appointment.status === 'scheduled' || appointment.status === 'arrived';

  return (
    <Modal opened onClose={onClose} title="Appointment" size="lg">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge
            variant="light"
            color={appointment.status === 'cancelled' || appointment.status === 'no-show' ? 'red' : 'chartroom'}
          >
            {statusLabels[appointment.status]}
          </Badge>
          {appointment.doubleBooked ? (
            <Badge variant="outline" color="orange" leftSection={<IconStack2 size={12} aria-hidden />}>
              Double-booked
            </Badge>
          ) : null}
          {appointment.overrideReason ? (
            <Badge variant="outline" color="orange" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              Override
            </Badge>
          ) : null}
        </Group>
        <Table variant="vertical" withTableBorder>
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={200}>{label}</Table.Th>
                <Table.Td>
                  <Text size="sm">{value}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <FormAlert message={error} />
        <Group justify="space-between">
          {onOpenChart ? (
            <Button variant="subtle" onClick={() => onOpenChart(appointment.patientId)}>
              Open chart
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            {isPastAndScheduled(appointment, now) ? (
              <Button
                variant="light"
                color="red.8"
                leftSection={<IconUserX size={16} aria-hidden />}
                loading={pending}
                onClick={() => void noShow()}
              >
                Mark no-show
              </Button>
            ) : null}
            {open ? (
              <Button variant="light" color="red.8" leftSection={<IconX size={16} aria-hidden />} onClick={onCancel}>
                Cancel appointment…
              </Button>
            ) : null}
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
