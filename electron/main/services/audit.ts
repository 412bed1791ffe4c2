import { type ChartStore, repositories } from '../../../db';
import type { AuditAction } from '../../contract/audit';

/**
 * Writes audit rows (SECURITY.md S8). Services call `record` inside the same transaction as the change
 * it describes, so a change without its audit row, or an audit row without its change, cannot exist.
 */
export interface AuditEvent {
  action: AuditAction;
  outcome?: 'success' | 'failure';
  userId: number | null;
  username: string;
  workstation: string;
  patientId?: number | null;
  entity?: string;
  entityId?: string | number;
  /** Short, free of PHI beyond what the row already names (ids, field names, reasons typed by staff). */
  detail?: string;
}

export const recordAudit = (store: ChartStore, event: AuditEvent, at?: Date): void => {
  repositories.audit.appendAudit(
    store.db,
    {
      userId: event.userId,
      username: event.username,
      action: event.action,
      outcome: event.outcome ?? 'success',
      patientId: event.patientId ?? null,
      workstation: event.workstation,
      entity: event.entity ?? '',
      entityId: event.entityId === undefined ? '' : String(event.entityId),
      detail: event.detail ?? '',
    },
    at,
  );
};
