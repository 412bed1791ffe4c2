import { desc } from 'drizzle-orm';
import { vitals } from '../schema';
import { versionedItems } from './chart-items';

export type VitalsRow = typeof vitals.$inferSelect;

/** Vital sign sets, newest reading first (then the last entered, for two sets taken the same minute). */
export const items = versionedItems(vitals, desc(vitals.takenAt), desc(vitals.id));
