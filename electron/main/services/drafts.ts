import { type ChartStore, repositories } from '../../../db';

/** Drafts belong to the signed-in user: nobody else's session can read or overwrite them. */
export const saveDraft = (
  store: ChartStore,
  userId: number,
  input: { key: string; patientId: number | null; content: string },
): void => repositories.drafts.saveDraft(store.db, { userId, ...input, updatedAt: new Date().toISOString() });

export const getDraft = (store: ChartStore, userId: number, key: string) => {
  const row = repositories.drafts.getDraft(store.db, userId, key);
  return row ? { key: row.key, patientId: row.patientId, content: row.content, updatedAt: row.updatedAt } : null;
};

export const discardDraft = (store: ChartStore, userId: number, key: string): void =>
  repositories.drafts.discardDraft(store.db, userId, key);
