import { type PointerEvent as ReactPointerEvent, type RefObject, useRef } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import { type CalendarColumn, type CalendarSlot, isMovable } from '../model/calendar-column';
import {
  columnAt,
  gridLineMinutes,
  minuteAt,
  minutesOf,
  movedStart,
  pixelsAt,
  resizedDuration,
  slotStartAt,
  snapStepMinutes,
  sweptSlot,
  type TimeAxis,
  timeOf,
} from '../model/time-grid';

/** A pointer that moves less than this is a click, not a drag. */
const clickTolerancePx = 4;

type Gesture =
  | { kind: 'sweep'; anchorMinute: number; clickedSlotMinute: number; column: number }
  | { kind: 'move'; appointment: AppointmentDto; grabOffsetMinutes: number; column: number }
  | { kind: 'resize'; appointment: AppointmentDto; column: number };

interface Drag {
  gesture: Gesture;
  pointerId: number;
  originX: number;
  originY: number;
  moved: boolean;
  /** Columns' left edges and widths relative to the grid body, measured once when the drag starts. */
  columns: { left: number; width: number }[];
  bodyTop: number;
  bodyLeft: number;
  target: { column: number; startMinute: number; durationMinutes: number };
}

export interface GridDragHandlers {
  /** A click on free time: book there. */
  onSlotClicked: (column: CalendarColumn, startMinute: number) => void;
  /** A drag over free time: book exactly that span. */
  onSlotSwept: (slot: CalendarSlot) => void;
  /** A click on an appointment: show it. */
  onAppointmentClicked: (appointment: AppointmentDto) => void;
  /** An appointment dropped somewhere new (moved, resized, or both). */
  onAppointmentDropped: (appointment: AppointmentDto, slot: CalendarSlot) => void;
}

interface GridDragOptions extends GridDragHandlers {
  body: RefObject<HTMLDivElement | null>;
  ghost: RefObject<HTMLDivElement | null>;
  ghostLabel: RefObject<HTMLSpanElement | null>;
  axis: TimeAxis;
  columns: readonly CalendarColumn[];
}

/**
 * Pointer gestures on the time grid: sweep free time to book, drag a block to move it (to another
 * time or column), drag its bottom edge to resize. While the pointer moves only the ghost element
 * changes, through its style (a CSS transform for position), so the grid itself never re-renders
 * mid-drag; React hears about the gesture once, when it ends.
 */
export const useGridDrag = (options: GridDragOptions) => {
  const latest = useRef(options);
  latest.current = options;
  const drag = useRef<Drag | null>(null);

  const showGhost = (current: Drag) => {
    const { axis } = latest.current;
    const ghost = latest.current.ghost.current;
    const label = latest.current.ghostLabel.current;
    if (!ghost || !label) return;
    const column = current.columns[current.target.column];
    if (!column) return;
    const top = pixelsAt(axis, current.target.startMinute);
    ghost.style.display = 'block';
    ghost.style.width = `${column.width - 8}px`;
    ghost.style.height = `${current.target.durationMinutes * axis.pixelsPerMinute}px`;
    ghost.style.transform = `translate(${column.left + 4}px, ${top}px)`;
    label.textContent = `${timeOf(current.target.startMinute)}–${timeOf(current.target.startMinute + current.target.durationMinutes)}`;
  };

  const hideGhost = () => {
    const ghost = latest.current.ghost.current;
    if (ghost) ghost.style.display = 'none';
  };

  const pointAt = (current: Drag, event: ReactPointerEvent) => {
    const x = event.clientX - current.bodyLeft;
    const y = event.clientY - current.bodyTop;
    return { column: columnAt(current.columns, x), minute: minuteAt(latest.current.axis, y) };
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || drag.current) return;
    const body = latest.current.body.current;
    const element = event.target as HTMLElement;
    const columnElement = element.closest<HTMLElement>('[data-column-index]');
    if (!body || !columnElement) return;
    const bodyRect = body.getBoundingClientRect();
    const columns = [...body.querySelectorAll<HTMLElement>('[data-column-index]')].map((node) => {
      const rect = node.getBoundingClientRect();
      return { left: rect.left - bodyRect.left, width: rect.width };
    });
    const column = Number(columnElement.dataset.columnIndex);
    const { axis } = latest.current;
    const offsetY = event.clientY - bodyRect.top;
    const exactMinute = axis.startMinute + offsetY / axis.pixelsPerMinute;
    const appointment = appointmentUnder(element, latest.current.columns[column]);
    let gesture: Gesture;
    if (appointment && element.closest('[data-resize-handle]')) gesture = { kind: 'resize', appointment, column };
    else if (appointment)
      gesture = { kind: 'move', appointment, grabOffsetMinutes: exactMinute - minutesOf(appointment.start), column };
    else
      gesture = {
        kind: 'sweep',
        anchorMinute: slotStartAt(axis, offsetY, snapStepMinutes),
        clickedSlotMinute: slotStartAt(axis, offsetY, gridLineMinutes),
        column,
      };

    event.preventDefault();
    body.setPointerCapture(event.pointerId);
    drag.current = {
      gesture,
      pointerId: event.pointerId,
      originX: event.clientX,
      originY: event.clientY,
      moved: false,
      columns,
      bodyTop: bodyRect.top,
      bodyLeft: bodyRect.left,
      target: appointment
        ? { column, startMinute: minutesOf(appointment.start), durationMinutes: appointment.durationMinutes }
        : { column, startMinute: minuteAt(axis, offsetY), durationMinutes: 0 },
    };
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    const { gesture } = current;
    if (gesture.kind !== 'sweep' && !isMovable(gesture.appointment)) return;
    if (!current.moved) {
      const distance = Math.hypot(event.clientX - current.originX, event.clientY - current.originY);
      if (distance < clickTolerancePx) return;
      current.moved = true;
    }
    const point = pointAt(current, event);
    const { axis } = latest.current;
    if (gesture.kind === 'sweep') {
      const swept = sweptSlot(axis, gesture.anchorMinute, point.minute);
      current.target = { column: gesture.column, ...swept };
    } else if (gesture.kind === 'move') {
      const duration = gesture.appointment.durationMinutes;
      const exactMinute = axis.startMinute + (event.clientY - current.bodyTop) / axis.pixelsPerMinute;
      current.target = {
        column: point.column ?? current.target.column,
        startMinute: movedStart(axis, exactMinute, gesture.grabOffsetMinutes, duration),
        durationMinutes: duration,
      };
    } else {
      const start = minutesOf(gesture.appointment.start);
      current.target = {
        column: gesture.column,
        startMinute: start,
        durationMinutes: resizedDuration(axis, start, point.minute),
      };
    }
    showGhost(current);
  };

  const finish = (event: ReactPointerEvent<HTMLDivElement>, cancelled: boolean) => {
    const current = drag.current;
    if (!current || event.pointerId !== current.pointerId) return;
    drag.current = null;
    hideGhost();
    latest.current.body.current?.releasePointerCapture(event.pointerId);
    if (cancelled) return;
    const { gesture, target } = current;
    const handlers = latest.current;
    const column = handlers.columns[target.column];
    if (!column) return;
    if (!current.moved) {
      if (gesture.kind === 'sweep') handlers.onSlotClicked(column, gesture.clickedSlotMinute);
      else handlers.onAppointmentClicked(gesture.appointment);
      return;
    }
    const slot: CalendarSlot = {
      providerId: column.providerId,
      date: column.date,
      start: timeOf(target.startMinute),
      durationMinutes: target.durationMinutes,
    };
    if (gesture.kind === 'sweep') {
      handlers.onSlotSwept(slot);
      return;
    }
    const { appointment } = gesture;
    const unchanged =
      slot.providerId === appointment.providerId &&
      slot.date === appointment.date &&
      slot.start === appointment.start &&
      slot.durationMinutes === appointment.durationMinutes;
    if (!unchanged) handlers.onAppointmentDropped(appointment, slot);
  };

  return {
    onPointerDown,
    onPointerMove,
    onPointerUp: (event: ReactPointerEvent<HTMLDivElement>) => finish(event, false),
    onPointerCancel: (event: ReactPointerEvent<HTMLDivElement>) => finish(event, true),
  };
};

/** The appointment whose block (or resize edge) the pointer went down on, if any. */
const appointmentUnder = (element: HTMLElement, column: CalendarColumn | undefined): AppointmentDto | null => {
  const block = element.closest<HTMLElement>('[data-appointment-id]');
  if (!block || !column) return null;
  const id = Number(block.dataset.appointmentId);
  const appointment = column.appointments.find((candidate) => candidate.id === id);
  return appointment ?? null;
};
