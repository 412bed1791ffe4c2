import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/** Recompute the audit log's hash chain and report the first row that was altered, if any. */
export function useVerifyAuditChain() {
  return usePendingAction(() => api.audit.verify({}));
}
