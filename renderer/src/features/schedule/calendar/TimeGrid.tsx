import { Group, Text, UnstyledButton } from '@mantine/core';
import { type KeyboardEvent, useRef } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import type { CalendarColumn } from '../model/calendar-column';
import { layOutLanes } from '../model/lanes';
import { axisHeight, gridLines, pixelsAt, spanBox, type TimeAxis, timeOf } from '../model/time-grid';
import { AppointmentBlock } from './AppointmentBlock';
import classes from './TimeGrid.module.css';
import { type GridDragHandlers, useGridDrag } from './use-grid-drag';

export interface GridCursor {
  column: number;
  minute: number;
}

interface TimeGridProps extends GridDragHandlers {
  /** The grid's accessible name, e.g. "Day of Monday, 23 November 2026". */
  label: string;
  columns: readonly CalendarColumn[];
  axis: TimeAxis;
  showCancelled: boolean;
  /** Today's date and the minute now, for the red "now" line. */
  now: { date: string; minutes: number };
  cursor: GridCursor;
  /** What the cursor is on, in words, read out as the grid's description. */
  cursorDescription: string;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /** The day view's headings open that provider's week. */
  onHeading?: ((column: CalendarColumn) => void) | undefined;
}

const gutterWidth = 56;

/**
 * The time grid shared by the day view (a column per provider) and the week view (a column per day):
 * a time axis, working hours white on a hatched closed background, breaks and days off in words,
 * appointment blocks side by side where they overlap, a keyboard cursor and the drag ghost.
 */
export function TimeGrid(props: TimeGridProps) {
  const { label, columns, axis, showCancelled, now, cursor, cursorDescription, onKeyDown } = props;
  const body = useRef<HTMLDivElement>(null);
  const ghost = useRef<HTMLDivElement>(null);
  const ghostLabel = useRef<HTMLSpanElement>(null);
  const pointer = useGridDrag({ ...props, body, ghost, ghostLabel, axis, columns });
  const template = `${gutterWidth}px repeat(${columns.length}, minmax(170px, 1fr))`;
  const height = axisHeight(axis);
  const lines = gridLines(axis);

  return (
    <div className={classes.frame}>
      <div className={classes.header} style={{ gridTemplateColumns: template }}>
        <div />
        {columns.map((column) => (
          <div key={column.key} className={classes.columnHeading}>
            <Group gap={0} wrap="nowrap">
              <span className={classes.swatch} style={{ background: `var(--mantine-color-${column.colour}-6)` }} />
              {props.onHeading ? (
                <UnstyledButton
                  onClick={() => props.onHeading?.(column)}
                  aria-label={`${column.heading}: open the week`}
                  title="Open the week"
                >
                  <Text fw={600} size="sm" truncate td="underline">
                    {column.heading}
                  </Text>
                </UnstyledButton>
              ) : (
                <Text fw={600} size="sm" truncate>
                  {column.heading}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed" truncate>
              {hoursSummary(column)}
            </Text>
          </div>
        ))}
      </div>
      <div
        ref={body}
        role="application"
        aria-label={label}
        aria-description={cursorDescription}
        aria-roledescription="calendar"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the calendar takes focus so its arrow keys move the slot cursor.
        tabIndex={0}
        className={classes.body}
        style={{ gridTemplateColumns: template, height }}
        onKeyDown={onKeyDown}
        {...pointer}
      >
        <div className={classes.gutter} aria-hidden>
          {lines
            .filter((minute) => minute % 60 === 0)
            .map((minute) => (
              <span key={minute} className={classes.hourLabel} style={{ top: pixelsAt(axis, minute) }}>
                {timeOf(minute)}
              </span>
            ))}
        </div>
        {columns.map((column, index) => (
          <div key={column.key} className={classes.column} data-column-index={index} data-column-label={column.heading}>
            {column.plan.dayOff === null
              ? column.plan.work.map((block) => (
                  <div key={`w${block.start}`} className={classes.working} style={spanBox(axis, block)} />
                ))
              : null}
            {lines.map((minute) => (
              <div
                key={minute}
                className={`${classes.line} ${minute % 60 === 0 ? classes.hourLine : ''}`}
                style={{ top: pixelsAt(axis, minute) }}
              />
            ))}
            {column.plan.dayOff === null
              ? column.plan.breaks.map((block) => (
                  <div key={`b${block.start}`} className={classes.break} style={spanBox(axis, block)}>
                    {block.label || 'Break'} {block.start}–{block.end}
                  </div>
                ))
              : null}
            {column.plan.dayOff !== null ? <div className={classes.dayOff}>Day off: {column.plan.dayOff}</div> : null}
            {column.date === now.date && now.minutes >= axis.startMinute && now.minutes < axis.endMinute ? (
              <div className={classes.now} style={{ top: pixelsAt(axis, now.minutes) }} aria-hidden />
            ) : null}
            {cursor.column === index ? (
              <div
                className={classes.cursor}
                style={{ top: pixelsAt(axis, cursor.minute), height: 15 * axis.pixelsPerMinute }}
                aria-hidden
              />
            ) : null}
            <ColumnAppointments
              column={column}
              axis={axis}
              showCancelled={showCancelled}
              onOpen={props.onAppointmentClicked}
            />
          </div>
        ))}
        <div ref={ghost} className={classes.ghost} aria-hidden>
          <span ref={ghostLabel} />
        </div>
      </div>
    </div>
  );
}

function ColumnAppointments({
  column,
  axis,
  showCancelled,
  onOpen,
}: {
  column: CalendarColumn;
  axis: TimeAxis;
  showCancelled: boolean;
  onOpen: (appointment: AppointmentDto) => void;
}) {
  const shown = column.appointments.filter((appointment) => showCancelled || appointment.status !== 'cancelled');
  const lanes = layOutLanes(shown);
  return shown.map((appointment) => {
    const lane = lanes.get(appointment.id) ?? { lane: 0, lanes: 1 };
    const box = spanBox(axis, appointment);
    const width = 100 / lane.lanes;
    return (
      <AppointmentBlock
        key={appointment.id}
        appointment={appointment}
        providerName={column.providerName}
        onOpen={onOpen}
        style={{
          top: box.top,
          height: Math.max(box.height - 1, 14),
          left: `calc(${lane.lane * width}% + 3px)`,
          width: `calc(${width}% - 6px)`,
        }}
      />
    );
  });
}

const hoursSummary = (column: CalendarColumn): string => {
  if (column.plan.dayOff !== null) return `Day off: ${column.plan.dayOff}`;
  if (column.plan.work.length === 0) return 'Not working';
  const work = column.plan.work.map((block) => `${block.start}–${block.end}`).join(', ');
  const booked = column.appointments.filter((appointment) => appointment.status !== 'cancelled').length;
  return `${work} · ${booked} booked`;
};
