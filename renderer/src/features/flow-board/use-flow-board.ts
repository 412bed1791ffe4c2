import { useCallback, useEffect, useState } from 'react';
import type { AppointmentDto, InputOf, Result, ScheduleSetupDto } from '../../../../electron/contract';
import { api } from '../../platform';
import { practiceToday } from '../../ui';
import { refreshMilliseconds } from './flow-model';

export interface FlowBoard {
  setup: ScheduleSetupDto | null;
  date: string | null;
  appointments: AppointmentDto[];
  error: string | null;
  loading: boolean;
  /** The clock the waits are counted against; moves on every refresh. */
  now: number;
  reload: () => Promise<void>;
  setStatus: (input: InputOf<'appointments.setStatus'>) => Promise<Result<AppointmentDto>>;
}

/**
 * Today's appointments for every provider, refreshed every 30 seconds so waits tick and moves made on
 * other workstations appear. The day is today in the practice's zone, not this computer's.
 */
export function useFlowBoard(): FlowBoard {
  const [setup, setSetup] = useState<ScheduleSetupDto | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const [appointments, setAppointments] = useState<AppointmentDto[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [now, setNow] = useState(() => Date.now());

  const reload = useCallback(async () => {
    const setupResult = await api.schedule.setup({});
    if (!setupResult.ok) {
      setError(setupResult.error.message);
      setLoading(false);
      return;
    }
    const today = practiceToday(setupResult.value.timeZone);
    const day = await api.appointments.day({ date: today });
    setSetup(setupResult.value);
    setDate(today);
    setNow(Date.now());
    if (day.ok) {
      setAppointments(day.value.appointments);
      setError(null);
    } else {
      setError(day.error.message);
    }
    setLoading(false);
  }, []);

  useEffect(() => {
    void reload();
    const timer = window.setInterval(() => void reload(), refreshMilliseconds);
    return () => window.clearInterval(timer);
  }, [reload]);

  const setStatus = useCallback(
    async (input: InputOf<'appointments.setStatus'>) => {
      const result = await api.appointments.setStatus(input);
      if (result.ok) {
        setAppointments((current) => current.map((a) => (a.id === result.value.id ? result.value : a)));
        setNow(Date.now());
      } else if (result.error.code === 'CONFLICT') {
        void reload();
      }
      return result;
    },
    [reload],
  );

  return { setup, date, appointments, error, loading, now, reload, setStatus };
}
