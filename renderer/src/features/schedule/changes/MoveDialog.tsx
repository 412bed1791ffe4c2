import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import { ConflictOverride } from '../booking/ConflictOverride';
import type { CalendarSlot } from '../model/calendar-column';
import { formatLongDay } from '../model/calendar-dates';
import { minutesOf, timeOf } from '../model/time-grid';
import { type ChangeScope, SeriesScope } from './SeriesScope';

export interface PendingMove {
  appointment: AppointmentDto;
  slot: CalendarSlot;
  scope: ChangeScope;
  /** The server's warning when the move lands on a conflict; null before the first attempt. */
  conflict: string | null;
  /** True while waiting for the user (the series question or the override reason), not for the server. */
  asking: boolean;
}

interface MoveDialogProps {
  move: PendingMove;
  providerName: string;
  pending: boolean;
  onConfirm: (scope: ChangeScope, overrideReason: string | null) => void;
  onCancel: () => void;
}

/** Asked after a drop when it needs the user: which occurrences of a series to move, and a reason to override a warning. */
export function MoveDialog({ move, providerName, pending, onConfirm, onCancel }: MoveDialogProps) {
  const [scope, setScope] = useState<ChangeScope>(move.scope);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const { appointment, slot } = move;
  const inSeries = appointment.seriesId !== null;
  const confirm = () => {
    if (move.conflict !== null && !reason.trim()) {
      setReasonError('Say why this move should go ahead despite the warning.');
      return;
    }
    onConfirm(scope, move.conflict !== null ? reason : null);
  };
  return (
    <Modal opened onClose={onCancel} title="Move the appointment?" centered>
      <Stack gap="sm">
        <Text size="sm">
          {appointment.patientName}, {appointment.typeName}: to {providerName}, {formatLongDay(slot.date)}, {slot.start}
          –{timeOf(minutesOf(slot.start) + slot.durationMinutes)}.
        </Text>
        {inSeries && move.conflict === null ? <SeriesScope value={scope} onChange={setScope} verb="move" /> : null}
        {move.conflict !== null ? (
          <ConflictOverride warning={move.conflict} reason={reason} onReason={setReason} error={reasonError} />
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Leave it where it was
          </Button>
          <Button onClick={confirm} loading={pending} color={move.conflict !== null ? 'orange.9' : undefined}>
            {move.conflict !== null ? 'Move anyway' : 'Move'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
