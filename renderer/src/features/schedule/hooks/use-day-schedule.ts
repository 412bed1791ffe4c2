import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import { api } from '../../../platform';

export interface DayScheduleQuery {
  date: string;
  /** Absent: every active provider. */
  providerIds?: number[];
  /** 1 for a day, 7 for a week. */
  days: number;
}

export interface DaySchedule {
  appointments: AppointmentDto[];
  /** The date range the appointments answer; differs from the query while a new range loads. */
  loadedKey: string | null;
  loading: boolean;
  error: string | null;
  reload: () => Promise<void>;
}

const keyOf = (query: DayScheduleQuery): string =>
  `${query.date}|${query.days}|${query.providerIds?.join(',') ?? 'all'}`;

/**
 * The appointments of a day (or a week) for the providers on screen. Reloads when the range changes
 * and on demand after every change, and drops any answer that arrives after a newer request.
 */
export const useDaySchedule = (query: DayScheduleQuery): DaySchedule => {
  const [state, setState] = useState<Omit<DaySchedule, 'reload'>>({
    appointments: [],
    loadedKey: null,
    loading: true,
    error: null,
  });
  const key = keyOf(query);
  const queryRef = useRef(query);
  queryRef.current = query;
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    const current = queryRef.current;
    setState((previous) => ({ ...previous, loading: true }));
    const result = await api.appointments.day({
      date: current.date,
      days: current.days,
      ...(current.providerIds ? { providerIds: current.providerIds } : {}),
    });
    if (request !== latest.current) return;
    setState((previous) =>
      result.ok
        ? { appointments: result.value.appointments, loadedKey: keyOf(current), loading: false, error: null }
        : { ...previous, loading: false, error: result.error.message },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is the query; reload reads it from the ref.
  useEffect(() => {
    void reload();
    return () => {
      latest.current++;
    };
  }, [key, reload]);

  return { ...state, reload };
};
