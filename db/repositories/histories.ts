import { asc } from 'drizzle-orm';
import { familyHistory, socialHistory } from '../schema';
import { versionedItems } from './chart-items';

export type FamilyHistoryRow = typeof familyHistory.$inferSelect;
export type SocialHistoryRow = typeof socialHistory.$inferSelect;

/** Family history in the order it was recorded. */
export const family = versionedItems(familyHistory, asc(familyHistory.id));

/** Social history: at most one row per patient (a unique index), edited in place with every version kept. */
export const social = versionedItems(socialHistory, asc(socialHistory.id));
