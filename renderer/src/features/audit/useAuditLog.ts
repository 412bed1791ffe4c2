import { useCallback, useEffect, useRef, useState } from 'react';
import type { AuditAction, AuditRowDto } from '../../../../electron/contract';
import { api } from '../../platform';

export interface AuditFilters {
  userId?: number;
  patientId?: number;
  action?: AuditAction;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

/** Rows are fetched a page at a time (newest first) so a long history never freezes the screen. */
const pageSize = 100;

interface AuditLogState {
  rows: AuditRowDto[];
  nextBeforeId: number | null;
  loading: boolean;
  error: string | null;
}

export function useAuditLog() {
  const [state, setState] = useState<AuditLogState>({ rows: [], nextBeforeId: null, loading: true, error: null });
  const filtersRef = useRef<AuditFilters>({});
  const latestRequest = useRef(0);

  const fetchPage = useCallback(async (beforeId: number | null) => {
    const request = ++latestRequest.current;
    setState((current) => ({ ...current, loading: true, error: null }));
    const result = await api.audit.list({
      ...filtersRef.current,
      ...(beforeId === null ? {} : { beforeId }),
      limit: pageSize,
    });
    if (request !== latestRequest.current) return;
    setState((current) =>
      result.ok
        ? {
            rows: beforeId === null ? result.value.rows : [...current.rows, ...result.value.rows],
            nextBeforeId: result.value.nextBeforeId,
            loading: false,
            error: null,
          }
        : { ...current, loading: false, error: result.error.message },
    );
  }, []);

  /** Start again from the newest row with these filters. */
  const search = useCallback(
    (filters: AuditFilters) => {
      filtersRef.current = filters;
      return fetchPage(null);
    },
    [fetchPage],
  );

  const loadMore = useCallback(() => fetchPage(state.nextBeforeId), [fetchPage, state.nextBeforeId]);

  useEffect(() => {
    void fetchPage(null);
    return () => {
      latestRequest.current++;
    };
  }, [fetchPage]);

  return { ...state, search, loadMore };
}
