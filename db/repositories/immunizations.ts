import { desc } from 'drizzle-orm';
import { immunizations } from '../schema';
import { versionedItems } from './chart-items';

/** Immunizations, newest first: the order the record is read in. */
export const items = versionedItems(immunizations, desc(immunizations.date), desc(immunizations.id));
export type ImmunizationRow = typeof immunizations.$inferSelect;
