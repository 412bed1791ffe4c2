import { describe, expect, it } from 'vitest';
import type { AppointmentDto } from '../../../electron/contract';
import {
  boardColumns,
  minutesInStatus,
  waitingTooLong,
  waitThresholdMinutes,
} from '../../../renderer/src/features/flow-board/flow-model';
import { dueWords } from '../../../renderer/src/features/recalls/recall-words';

const now = Date.parse('2026-11-23T15:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now - minutes * 60_000).toISOString();

const appointment = (overrides: Partial<AppointmentDto>): AppointmentDto => ({
  id: 1,
  version: 1,
  patientId: 1,
  patientName: 'Lopez, Maria',
  patientMrn: '100001',
  patientBirthDate: '1980-03-04',
  providerId: 7,
  typeId: 1,
  typeName: 'Follow-up',
  colour: 'blue',
  roomId: null,
  roomName: '',
  startsAt: '2026-11-23T15:00:00.000Z',
  endsAt: '2026-11-23T15:20:00.000Z',
  date: '2026-11-23',
  start: '09:00',
  end: '09:20',
  durationMinutes: 20,
  seriesId: null,
  seriesIndex: null,
  status: 'scheduled',
  reason: '',
  overrideReason: '',
  doubleBooked: false,
  cancelReason: '',
  insuranceConfirmed: false,
  arrivedAt: null,
  roomedAt: null,
  withProviderAt: null,
  checkedOutAt: null,
  ...overrides,
});

describe('the flow board model', () => {
  it('counts the wait from when the patient entered their current status', () => {
    expect(minutesInStatus(appointment({}), now)).toBeNull();
    const roomed = appointment({ status: 'roomed', arrivedAt: minutesAgo(40), roomedAt: minutesAgo(12) });
    expect(minutesInStatus(roomed, now)).toBe(12);
    // A workstation clock a little behind the server's never shows a negative wait.
    expect(minutesInStatus(appointment({ status: 'arrived', arrivedAt: minutesAgo(-1) }), now)).toBe(0);
  });

  it('calls out a wait at the threshold of the waiting room and of the exam room, and no other', () => {
    expect(waitThresholdMinutes).toEqual({ arrived: 15, roomed: 20 });
    expect(waitingTooLong(appointment({ status: 'arrived', arrivedAt: minutesAgo(14) }), now)).toBe(false);
    expect(waitingTooLong(appointment({ status: 'arrived', arrivedAt: minutesAgo(15) }), now)).toBe(true);
    expect(waitingTooLong(appointment({ status: 'roomed', roomedAt: minutesAgo(19) }), now)).toBe(false);
    expect(waitingTooLong(appointment({ status: 'roomed', roomedAt: minutesAgo(23) }), now)).toBe(true);
    expect(waitingTooLong(appointment({ status: 'with-provider', withProviderAt: minutesAgo(90) }), now)).toBe(false);
    expect(waitingTooLong(appointment({ status: 'checked-out', checkedOutAt: minutesAgo(90) }), now)).toBe(false);
  });

  it('sorts the day into columns by status and time, leaving out cancelled visits and no-shows', () => {
    const day = [
      appointment({ id: 1, status: 'arrived', startsAt: '2026-11-23T16:00:00.000Z' }),
      appointment({ id: 2, status: 'arrived', startsAt: '2026-11-23T15:00:00.000Z' }),
      appointment({ id: 3, status: 'cancelled' }),
      appointment({ id: 4, status: 'no-show' }),
      appointment({ id: 5, status: 'checked-out', providerId: 8 }),
    ];
    const all = boardColumns(day, null);
    expect(all.arrived.map((a) => a.id)).toEqual([2, 1]);
    expect(all['checked-out'].map((a) => a.id)).toEqual([5]);
    expect(Object.values(all).flat()).toHaveLength(3);
    const oneProvider = boardColumns(day, 8);
    expect(
      Object.values(oneProvider)
        .flat()
        .map((a) => a.id),
    ).toEqual([5]);
  });
});

describe('recall due words', () => {
  it('says how far a recall is from its due date', () => {
    expect(dueWords({ daysOverdue: 0 })).toBe('Due today');
    expect(dueWords({ daysOverdue: 1 })).toBe('1 day overdue');
    expect(dueWords({ daysOverdue: 12 })).toBe('12 days overdue');
    expect(dueWords({ daysOverdue: -1 })).toBe('Due in 1 day');
    expect(dueWords({ daysOverdue: -14 })).toBe('Due in 14 days');
  });
});
