import { and, asc, eq } from 'drizzle-orm';
import { chartItemVersions } from '../schema';
import type { ChartDb } from '../store/open';
import { insertRows } from './bulk-insert';

export type ChartItemKind = (typeof chartItemVersions.$inferSelect)['kind'];
export type ChartItemVersionRow = typeof chartItemVersions.$inferSelect;

/** Records one version of a chart item; call in the same transaction as the change. */
export const recordVersion = (db: ChartDb, row: typeof chartItemVersions.$inferInsert): void => {
  db.insert(chartItemVersions).values(row).run();
};

/** Records many versions at once (a bulk writer's); call in the same transaction as the changes. */
export const recordVersions = (db: ChartDb, rows: readonly (typeof chartItemVersions.$inferInsert)[]): void => {
  insertRows(db, chartItemVersions, rows);
};

export const versionsOf = (db: ChartDb, kind: ChartItemKind, itemId: number): ChartItemVersionRow[] =>
  db
    .select()
    .from(chartItemVersions)
    .where(and(eq(chartItemVersions.kind, kind), eq(chartItemVersions.itemId, itemId)))
    .orderBy(asc(chartItemVersions.version))
    .all();
