import { and, eq } from 'drizzle-orm';
import { drafts } from '../schema';
import type { ChartDb } from '../store/open';

export type DraftRow = typeof drafts.$inferSelect;

export const saveDraft = (db: ChartDb, draft: DraftRow): void => {
  db.insert(drafts)
    .values(draft)
    .onConflictDoUpdate({
      target: [drafts.userId, drafts.key],
      set: { content: draft.content, patientId: draft.patientId, updatedAt: draft.updatedAt },
    })
    .run();
};

export const getDraft = (db: ChartDb, userId: number, key: string): DraftRow | undefined =>
  db
    .select()
    .from(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.key, key)))
    .get();

/** Drafts are the user's own scratch space, not clinical record: removing one after a real save is right. */
export const discardDraft = (db: ChartDb, userId: number, key: string): void => {
  db.delete(drafts)
    .where(and(eq(drafts.userId, userId), eq(drafts.key, key)))
    .run();
};
