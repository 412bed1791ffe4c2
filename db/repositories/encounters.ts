import { and, desc, eq, type SQL } from 'drizzle-orm';
import { encounters } from '../schema';
import type { ChartDb } from '../store/open';
import { versionedItems } from './chart-items';

export type EncounterRow = typeof encounters.$inferSelect;

/** Newest first: the timeline's order. */
export const items = versionedItems(encounters, desc(encounters.date), desc(encounters.id));

/** A patient's encounters, newest first, narrowed to one type and/or one provider (the timeline's filters). */
export const listFiltered = (
  db: ChartDb,
  patientId: number,
  filter: { type?: EncounterRow['type']; providerId?: number },
): EncounterRow[] => {
  const conditions: SQL[] = [eq(encounters.patientId, patientId)];
  if (filter.type) conditions.push(eq(encounters.type, filter.type));
  if (filter.providerId) conditions.push(eq(encounters.providerId, filter.providerId));
  return db
    .select()
    .from(encounters)
    .where(and(...conditions))
    .orderBy(desc(encounters.date), desc(encounters.id))
    .all();
};
