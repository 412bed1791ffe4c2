import type { ChartDb, ChartStore } from '../../../../db';
import { repositories, type schema } from '../../../../db';
import type { AuditAction } from '../../../contract/audit';
import { ChartroomError } from '../../../contract/errors';
import type { Actor } from '../context';

/**
 * The item, if it exists and belongs to the chart the write came from (PRODUCT.md: never change the
 * wrong patient). Every chart item's writes go through here.
 */
export const onThisChart = <Row extends { patientId: number }>(
  row: Row | undefined,
  patientId: number,
  noun: string,
): Row => {
  if (!row) throw new ChartroomError('NOT_FOUND', `This ${noun} no longer exists. Reload the chart.`);
  if (row.patientId !== patientId) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `This ${noun} belongs to another patient's chart; nothing was changed. Reload the chart you are working in.`,
    );
  }
  return row;
};

/** One change between two versions of a chart item, for the item's visible history. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const diff = (before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] =>
  Object.keys(after)
    .filter((field) => String(before[field] ?? '') !== String(after[field] ?? ''))
    .map((field) => ({ field, before: String(before[field] ?? ''), after: String(after[field] ?? '') }));

/** A chart item's versions, oldest first, each with what changed from the one before and who made it. */
export const describeVersions = (db: ChartDb, kind: repositories.chartVersions.ChartItemKind, itemId: number) => {
  const names = new Map(repositories.users.listUsers(db).map((u) => [u.id, u.fullName]));
  const versions = repositories.chartVersions.versionsOf(db, kind, itemId);
  return versions.map((row, i) => {
    const snapshot = JSON.parse(row.snapshot) as Record<string, unknown>;
    const previous = i > 0 ? (JSON.parse(versions[i - 1]!.snapshot) as Record<string, unknown>) : null;
    return {
      version: row.version,
      action: row.action,
      at: row.at,
      by: names.get(row.userId) ?? `user ${row.userId}`,
      reason: row.reason,
      changes: previous ? diff(previous, snapshot) : [],
    };
  });
};

/** One change to a chart item, as recordChartChange and a bulk writer describe it. */
export interface ChartChange {
  kind: repositories.chartVersions.ChartItemKind;
  itemId: number;
  patientId: number;
  version: number;
  action: 'created' | 'edited' | 'retired';
  at: string;
  snapshot: Record<string, unknown>;
  reason?: string | undefined;
  audit: AuditAction;
  detail?: string | undefined;
}

/**
 * The version row and the audit row of one change to a chart item. Pure, so a bulk writer (the
 * synthetic practice) writes exactly the rows recordChartChange writes, batched its own way.
 */
export const chartChangeRows = (
  actor: Actor,
  change: ChartChange,
): { version: typeof schema.chartItemVersions.$inferInsert; audit: repositories.audit.AuditEntry } => ({
  version: {
    kind: change.kind,
    itemId: change.itemId,
    patientId: change.patientId,
    version: change.version,
    action: change.action,
    at: change.at,
    userId: actor.userId,
    snapshot: JSON.stringify(change.snapshot),
    reason: change.reason ?? '',
  },
  audit: {
    userId: actor.userId,
    username: actor.username,
    workstation: actor.workstation,
    action: change.audit,
    outcome: 'success',
    patientId: change.patientId,
    entity: change.kind,
    entityId: String(change.itemId),
    detail: change.detail ?? change.reason ?? `v${change.version}`,
  },
});

/**
 * Records one change to a chart item: its version row and its audit row, in the caller's
 * transaction. Every chart item (allergies, problems, and those to come) writes through here.
 */
export const recordChartChange = (store: ChartStore, actor: Actor, change: ChartChange): void => {
  const rows = chartChangeRows(actor, change);
  repositories.chartVersions.recordVersion(store.db, rows.version);
  repositories.audit.appendAudit(store.db, rows.audit);
};
