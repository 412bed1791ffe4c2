import { IconAlertTriangle, IconRepeat, IconStack2 } from '@tabler/icons-react';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import { describeAppointment, isMovable, statusLabels } from '../model/calendar-column';
import classes from './TimeGrid.module.css';

interface AppointmentBlockProps {
  appointment: AppointmentDto;
  providerName: string;
  style: CSSProperties;
  onOpen: (appointment: AppointmentDto) => void;
}

/**
 * One appointment on the grid: time, patient, type and status in words, and "Double-booked" or
 * "Override" with an icon (never colour alone). The pointer gestures live on the grid; the block
 * opens from the keyboard (Enter or Space) as a button does.
 */
export function AppointmentBlock({ appointment, providerName, style, onOpen }: AppointmentBlockProps) {
  const cancelled = appointment.status === 'cancelled';
  const movable = isMovable(appointment);
  const tone = appointment.colour;
  const openFromKeyboard = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    onOpen(appointment);
  };
  return (
    <button
      type="button"
      data-appointment-id={appointment.id}
      aria-label={describeAppointment(appointment, providerName)}
      className={[
        classes.block,
        movable ? '' : classes.fixed,
        cancelled ? classes.cancelled : '',
        appointment.status === 'no-show' ? classes.missed : '',
      ].join(' ')}
      style={{
        ...style,
        background: `var(--mantine-color-${tone}-0)`,
        borderColor: `var(--mantine-color-${tone}-7)`,
      }}
      onKeyDown={openFromKeyboard}
    >
      <span className={classes.blockLine}>
        <strong>
          {appointment.start}–{appointment.end}
        </strong>{' '}
        {appointment.patientName}
      </span>
      <span className={classes.blockLine}>
        {appointment.typeName} · {statusLabels[appointment.status]}
        {appointment.roomName ? ` · ${appointment.roomName}` : ''}
      </span>
      {appointment.doubleBooked || appointment.overrideReason || appointment.seriesId !== null ? (
        <span className={classes.blockLine}>
          {appointment.doubleBooked ? (
            <span>
              <IconStack2 size={11} aria-hidden /> Double-booked{' '}
            </span>
          ) : null}
          {appointment.overrideReason ? (
            <span>
              <IconAlertTriangle size={11} aria-hidden /> Override{' '}
            </span>
          ) : null}
          {appointment.seriesId !== null ? (
            <span>
              <IconRepeat size={11} aria-hidden /> Series
            </span>
          ) : null}
        </span>
      ) : null}
      {movable ? <span data-resize-handle className={classes.resizeHandle} /> : null}
    </button>
  );
}
