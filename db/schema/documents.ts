import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { chartItemColumns } from './chart-columns';

/**
 * Imported documents (issue 4): a scanned chart, outside records. The metadata lists fast; the bytes
 * sit in document_files, inside the same encrypted store, so no PHI ever lands in a plain file.
 */
export const documents = sqliteTable(
  'documents',
  {
    ...chartItemColumns(),
    category: text('category').notNull(),
    title: text('title').notNull(),
    documentDate: text('document_date').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type', {
      enum: ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'],
    }).notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    comment: text('comment').notNull().default(''),
  },
  (table) => [index('documents_patient').on(table.patientId, table.retired, table.documentDate)],
);

/** The file itself; written once with its document and never changed (triggers in the migration). */
export const documentFiles = sqliteTable('document_files', {
  documentId: integer('document_id')
    .primaryKey()
    .references(() => documents.id),
  content: blob('content', { mode: 'buffer' }).notNull(),
});
