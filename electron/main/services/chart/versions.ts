import type { ChartDb } from '../../../../db';
import { repositories } from '../../../../db';

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
