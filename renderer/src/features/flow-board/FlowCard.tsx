import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import type { AppointmentDto } from '../../../../electron/contract';
import { isOnBoard, minutesInStatus, nextStep, waitingTooLong } from './flow-model';

interface FlowCardProps {
  appointment: AppointmentDto;
  providerName: string;
  now: number;
  busy: boolean;
  onStep: () => void;
  onNoShow: () => void;
  onOpenChart: () => void;
}

const minutes = (n: number) => `${n} min`;

/** One patient on the board: who, when, with whom, for what, where, and how long they have been waiting. */
export function FlowCard({ appointment, providerName, now, busy, onStep, onNoShow, onOpenChart }: FlowCardProps) {
  const step = isOnBoard(appointment.status) ? nextStep[appointment.status] : undefined;
  const inStatus = minutesInStatus(appointment, now);
  const tooLong = waitingTooLong(appointment, now);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      component="article"
      aria-label={`${appointment.patientName}, ${appointment.start}`}
      style={tooLong ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
          <Anchor component="button" type="button" size="sm" fw={700} ta="left" onClick={onOpenChart}>
            {appointment.patientName}
          </Anchor>
          <Text size="sm" fw={600}>
            {appointment.start}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {providerName} · {appointment.typeName}
          {appointment.roomName ? ` · ${appointment.roomName}` : ''}
        </Text>
        {appointment.reason ? <Text size="xs">{appointment.reason}</Text> : null}
        <Group gap={4}>
          {tooLong && inStatus !== null ? (
            <Badge color="red" variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden />}>
              Waiting {minutes(inStatus)}
            </Badge>
          ) : inStatus !== null ? (
            <Text size="xs">
              {appointment.status === 'checked-out'
                ? `Left ${minutes(inStatus)} ago`
                : `In this step ${minutes(inStatus)}`}
            </Text>
          ) : null}
          {appointment.insuranceConfirmed ? (
            <Badge color="teal" variant="light" leftSection={<IconShieldCheck size={12} aria-hidden />}>
              Insurance confirmed
            </Badge>
          ) : null}
        </Group>
        {step ? (
          <Group gap={4}>
            <Button
              size="compact-xs"
              loading={busy}
              onClick={onStep}
              aria-label={`${step.label} ${appointment.patientName}`}
            >
              {step.label}
            </Button>
            {appointment.status === 'scheduled' ? (
              <Button
                size="compact-xs"
                variant="subtle"
                color="gray"
                disabled={busy}
                onClick={onNoShow}
                aria-label={`Mark ${appointment.patientName} a no-show`}
              >
                No-show
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
