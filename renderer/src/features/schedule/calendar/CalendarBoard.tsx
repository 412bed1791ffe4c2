import { Alert, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type KeyboardEvent, useState } from 'react';
import type { AppointmentDto, ScheduleSetupDto } from '../../../../../electron/contract';
import { BookingDialog } from '../booking/BookingDialog';
import { AppointmentDetails } from '../changes/AppointmentDetails';
import { CancelDialog } from '../changes/CancelDialog';
import { MoveDialog } from '../changes/MoveDialog';
import { useDaySchedule } from '../hooks/use-day-schedule';
import type { CalendarColumn, CalendarSlot } from '../model/calendar-column';
import { addDays, formatLongDay, formatShortDay, weekDates } from '../model/calendar-dates';
import { dayPlanFor, isWorkingAt } from '../model/day-plan';
import { stepForKey } from '../model/keyboard-cursor';
import { axisFor, minutesOf, timeOf } from '../model/time-grid';
import { type GridCursor, TimeGrid } from './TimeGrid';
import { useMoveFlow, withPendingMove } from './use-move-flow';

export type TimeView = { kind: 'day' } | { kind: 'week'; providerId: number };

interface CalendarBoardProps {
  setup: ScheduleSetupDto;
  view: TimeView;
  date: string;
  now: { date: string; minutes: number };
  showCancelled: boolean;
  onDate: (date: string) => void;
  /** Opens one provider's week (from a day-view heading). */
  onOpenWeek: (providerId: number) => void;
  onOpenChart?: ((patientId: number) => void) | undefined;
}

type Dialog =
  | { kind: 'book'; slot: CalendarSlot; lengthChosen: boolean }
  | { kind: 'details'; appointmentId: number }
  | { kind: 'cancel'; appointment: AppointmentDto };

/** The day view (a column per bookable provider) or the week view (a column per day for one provider), with everything done on it. */
export function CalendarBoard(props: CalendarBoardProps) {
  const { setup, view, date, now, showCancelled, onDate, onOpenWeek, onOpenChart } = props;
  const providers = setup.providers.filter((provider) => provider.active);
  const weekProvider = view.kind === 'week' ? setup.providers.find((p) => p.providerId === view.providerId) : undefined;
  const dates = view.kind === 'week' ? weekDates(date) : [date];
  const schedule = useDaySchedule(
    view.kind === 'week' ? { date: dates[0]!, providerIds: [view.providerId], days: 7 } : { date, days: 1 },
  );
  const moveFlow = useMoveFlow(schedule.reload);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [cursor, setCursor] = useState<GridCursor | null>(null);

  const appointments = withPendingMove(schedule.appointments, moveFlow.move);
  const columns: CalendarColumn[] =
    view.kind === 'week' && weekProvider
      ? dates.map((day) => ({
          key: day,
          providerId: weekProvider.providerId,
          providerName: weekProvider.name,
          date: day,
          heading: day === now.date ? `${formatShortDay(day)} · Today` : formatShortDay(day),
          colour: weekProvider.colour,
          plan: dayPlanFor(weekProvider, day),
          appointments: appointments.filter((a) => a.date === day && a.providerId === weekProvider.providerId),
        }))
      : providers.map((provider) => ({
          key: String(provider.providerId),
          providerId: provider.providerId,
          providerName: provider.name,
          date,
          heading: provider.name,
          colour: provider.colour,
          plan: dayPlanFor(provider, date),
          appointments: appointments.filter((a) => a.date === date && a.providerId === provider.providerId),
        }));

  const axis = axisFor(
    columns.flatMap((column) => (column.plan.dayOff === null ? column.plan.work : [])),
    columns.flatMap((column) => column.appointments),
  );

  const at: GridCursor = cursor ?? { column: 0, minute: firstWorkingMinute(columns, axis.startMinute) };
  const cursorColumn = columns[Math.min(at.column, columns.length - 1)];
  const closeAndReload = () => {
    setDialog(null);
    void schedule.reload();
  };

  const bookAt = (column: CalendarColumn, startMinute: number) =>
    setDialog({
      kind: 'book',
      slot: { providerId: column.providerId, date: column.date, start: timeOf(startMinute), durationMinutes: 15 },
      lengthChosen: false,
    });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const step = stepForKey(event.key, at, axis, columns.length, view.kind === 'week' ? 7 : 1);
    if (step.kind === 'none') return;
    event.preventDefault();
    if (step.kind === 'cursor') setCursor(step.cursor);
    else if (step.kind === 'date') {
      setCursor(step.cursor);
      onDate(addDays(date, step.days));
    } else if (step.kind === 'today') onDate(now.date);
    else if (cursorColumn) bookAt(cursorColumn, at.minute);
  };

  if (columns.length === 0)
    return (
      <Alert color="blue" variant="light" title="No one to book yet">
        The office manager adds providers, their hours and the appointment types under Administration → Schedule setup.
      </Alert>
    );

  const detailsOf =
    dialog?.kind === 'details' ? schedule.appointments.find((a) => a.id === dialog.appointmentId) : undefined;
  const nameOf = (providerId: number) => setup.providers.find((p) => p.providerId === providerId)?.name ?? 'Provider';

  return (
    <>
      {schedule.error ? (
        <Alert color="red" variant="light" title="The calendar could not be loaded" mb="xs">
          {schedule.error}
        </Alert>
      ) : null}
      <TimeGrid
        label={
          view.kind === 'week'
            ? `Week of ${formatLongDay(dates[0]!)} for ${weekProvider?.name}`
            : `Day of ${formatLongDay(date)}`
        }
        columns={columns}
        axis={axis}
        showCancelled={showCancelled}
        now={now}
        cursor={at}
        cursorDescription={cursorColumn ? describeCursor(cursorColumn, at.minute) : ''}
        onKeyDown={onKeyDown}
        onHeading={view.kind === 'day' ? (column) => onOpenWeek(column.providerId) : undefined}
        onSlotClicked={bookAt}
        onSlotSwept={(slot) => setDialog({ kind: 'book', slot, lengthChosen: true })}
        onAppointmentClicked={(appointment) => setDialog({ kind: 'details', appointmentId: appointment.id })}
        onAppointmentDropped={moveFlow.dropped}
      />
      <Text size="xs" c="dimmed" mt={4}>
        Click or drag over free time to book; drag an appointment to move it, or its bottom edge to change its length.
        Keyboard: arrow keys move the cursor, Enter books there, Page Up/Down turn the{' '}
        {view.kind === 'week' ? 'week' : 'day'}, T goes to today.
      </Text>
      {dialog?.kind === 'book' ? (
        <BookingDialog
          setup={setup}
          slot={dialog.slot}
          lengthChosen={dialog.lengthChosen}
          onBooked={({ appointments: booked, notices }) => {
            closeAndReload();
            announceBooking(booked, notices);
            const [first] = booked;
            if (first && first.date !== date && view.kind === 'day') onDate(first.date);
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {detailsOf ? (
        <AppointmentDetails
          appointment={detailsOf}
          providerName={nameOf(detailsOf.providerId)}
          now={now}
          onCancel={() => setDialog({ kind: 'cancel', appointment: detailsOf })}
          onChanged={closeAndReload}
          onOpenChart={onOpenChart}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'cancel' ? (
        <CancelDialog appointment={dialog.appointment} onCancelled={closeAndReload} onClose={() => setDialog(null)} />
      ) : null}
      {moveFlow.move?.asking ? (
        <MoveDialog
          key={moveFlow.move.conflict ?? 'scope'}
          move={moveFlow.move}
          providerName={nameOf(moveFlow.move.slot.providerId)}
          pending={moveFlow.pending}
          onConfirm={moveFlow.confirm}
          onCancel={moveFlow.abandon}
        />
      ) : null}
    </>
  );
}

/** Says what was booked (a series by its count) and anything the server adjusted, e.g. a time the clocks skipped. */
const announceBooking = (booked: readonly AppointmentDto[], notices: readonly string[]) => {
  const [first] = booked;
  if (!first) return;
  const what =
    booked.length > 1
      ? `${booked.length} appointments for ${first.patientName}, from ${formatLongDay(first.date)} at ${first.start}.`
      : `${first.patientName}, ${formatLongDay(first.date)} at ${first.start}.`;
  notifications.show({ color: 'teal', title: 'Booked', message: [what, ...notices].join(' ') });
};

/** Start the cursor at the first working slot on screen, where a booking is most likely to go. */
const firstWorkingMinute = (columns: readonly CalendarColumn[], fallback: number): number => {
  const starts = columns.flatMap((column) =>
    column.plan.dayOff === null ? column.plan.work.map((b) => minutesOf(b.start)) : [],
  );
  return starts.length > 0 ? Math.min(...starts) : fallback;
};

const describeCursor = (column: CalendarColumn, minute: number): string => {
  const booked = column.appointments.filter(
    (a) => a.status !== 'cancelled' && minutesOf(a.start) <= minute && minute < minutesOf(a.end),
  );
  const state = booked.length
    ? `booked: ${booked.map((a) => a.patientName).join(', ')}`
    : isWorkingAt(column.plan, minute, minutesOf)
      ? 'free'
      : 'outside working hours';
  return `${column.providerName}, ${formatLongDay(column.date)}, ${timeOf(minute)}: ${state}. Enter books here.`;
};
