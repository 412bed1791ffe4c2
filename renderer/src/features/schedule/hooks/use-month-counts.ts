import { useEffect, useState } from 'react';
import { api } from '../../../platform';

export interface MonthCounts {
  /** Booked appointments per date, per provider id. */
  counts: Map<string, Map<number, number>>;
  loading: boolean;
  error: string | null;
}

/** The month overview's numbers: how many appointments each provider has on each day. */
export const useMonthCounts = (month: string, providerIds: number[] | undefined): MonthCounts => {
  const [state, setState] = useState<MonthCounts>({ counts: new Map(), loading: true, error: null });
  const providersKey = providerIds?.join(',') ?? 'all';

  // biome-ignore lint/correctness/useExhaustiveDependencies: providersKey stands for providerIds.
  useEffect(() => {
    let superseded = false;
    setState((previous) => ({ ...previous, loading: true }));
    void api.appointments.month({ month, ...(providerIds ? { providerIds } : {}) }).then((result) => {
      if (superseded) return;
      if (!result.ok) {
        setState((previous) => ({ ...previous, loading: false, error: result.error.message }));
        return;
      }
      const counts = new Map<string, Map<number, number>>();
      for (const row of result.value) {
        const day = counts.get(row.date) ?? new Map<number, number>();
        day.set(row.providerId, (day.get(row.providerId) ?? 0) + row.count);
        counts.set(row.date, day);
      }
      setState({ counts, loading: false, error: null });
    });
    return () => {
      superseded = true;
    };
  }, [month, providersKey]);

  return state;
};
