import { desc, eq } from 'drizzle-orm';
import { documentFiles, documents } from '../schema';
import type { ChartDb } from '../store/open';
import { versionedItems } from './chart-items';

/** Imported documents (issue 4): newest document date first, then the latest import. */
export const items = versionedItems(documents, desc(documents.documentDate), desc(documents.id));

/** Stores a document's file, once; the migration's triggers refuse any later change or delete. */
export const insertFile = (db: ChartDb, documentId: number, content: Buffer): void => {
  db.insert(documentFiles).values({ documentId, content }).run();
};

export const fileContent = (db: ChartDb, documentId: number): Buffer | undefined =>
  db
    .select({ content: documentFiles.content })
    .from(documentFiles)
    .where(eq(documentFiles.documentId, documentId))
    .get()?.content;
