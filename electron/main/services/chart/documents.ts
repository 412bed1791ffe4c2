import { createHash } from 'node:crypto';
import { type ChartStore, repositories, type schema, withTransaction } from '../../../../db';
import type { DocumentDto, DocumentFields } from '../../../contract/documents';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { checkDocumentFile } from './document-files';
import { ChartItemService } from './item-service';

type DocumentRow = ReturnType<typeof repositories.documents.items.get> & {};

/** What a document row stores: what staff typed, and the facts of its file, fixed at import. */
type DocumentColumns = DocumentFields & Pick<DocumentRow, 'fileName' | 'mediaType' | 'byteSize' | 'sha256'>;

const toDto = (row: DocumentRow): DocumentDto => ({
  id: row.id,
  patientId: row.patientId,
  version: row.version,
  title: row.title,
  category: row.category as DocumentDto['category'],
  documentDate: row.documentDate,
  comment: row.comment,
  fileName: row.fileName,
  mediaType: row.mediaType,
  byteSize: row.byteSize,
  sha256: row.sha256,
  retired: row.retired,
  retiredReason: row.retiredReason,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const fileFactsOf = (row: DocumentRow) => ({
  fileName: row.fileName,
  mediaType: row.mediaType,
  byteSize: row.byteSize,
  sha256: row.sha256,
});

/** The title and file name may name the patient; the audit row keeps only the kind of file (S14). */
export const documentAuditDetail = (document: Pick<DocumentRow, 'category' | 'mediaType' | 'byteSize'>) =>
  `${document.category}; ${document.mediaType}; ${document.byteSize} bytes`;

/**
 * Imported documents (issue 4). The file goes into document_files inside the encrypted store, in the
 * same transaction as its chart item, version and audit row, so no PHI ever lands in a plain file and
 * nothing is half-imported. The file never changes; its title, category, date and comment are edited
 * and retired like any chart item, and every opening of the file is audited as a view.
 */
export class DocumentService {
  readonly #store: () => ChartStore;
  readonly #items: ChartItemService<typeof schema.documents, DocumentColumns, DocumentDto>;

  constructor(store: () => ChartStore) {
    this.#store = store;
    this.#items = new ChartItemService(store, {
      kind: 'document',
      noun: 'document',
      items: repositories.documents.items,
      audit: { add: 'document.import', update: 'document.update', retire: 'document.retire' },
      toColumns: (document) => ({
        title: document.title,
        category: document.category,
        documentDate: document.documentDate,
        comment: document.comment,
        fileName: document.fileName,
        mediaType: document.mediaType,
        byteSize: document.byteSize,
        sha256: document.sha256,
      }),
      toDto,
      auditDetail: documentAuditDetail,
      duplicateOf: (active, document) => {
        const same = active.find((d) => d.sha256 === document.sha256);
        return same
          ? {
              message: `This file is already on the chart as "${same.title}" (${same.documentDate}). Open that document instead.`,
              field: 'file',
            }
          : null;
      },
    });
  }

  list(patientId: number) {
    return this.#items.list(patientId);
  }

  history(patientId: number, documentId: number) {
    return this.#items.history(patientId, documentId);
  }

  retire(actor: Actor, input: { patientId: number; itemId: number; reason: string }): DocumentDto {
    return this.#items.retire(actor, input);
  }

  /** Checks the file by its bytes before taking the write lock, then stores row and file together. */
  import(
    actor: Actor,
    input: { patientId: number; item: DocumentFields; file: { name: string; contentBase64: string } },
  ) {
    const content = Buffer.from(input.file.contentBase64, 'base64');
    const { mediaType } = checkDocumentFile(input.file.name, content);
    const columns: DocumentColumns = {
      ...input.item,
      fileName: input.file.name,
      mediaType,
      byteSize: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    };
    const store = this.#store();
    return withTransaction(store, () => {
      const document = this.#items.add(actor, input.patientId, columns);
      repositories.documents.insertFile(store.db, document.id, content);
      return document;
    });
  }

  /** Edits what staff typed; the file and its facts stay as imported. */
  update(actor: Actor, input: { patientId: number; itemId: number; expectedVersion: number; item: DocumentFields }) {
    return withTransaction(this.#store(), () => {
      const current = this.#items.own(input.patientId, input.itemId);
      return this.#items.update(actor, { ...input, item: { ...input.item, ...fileFactsOf(current) } });
    });
  }

  /** The file for the viewer; reading it is audited like opening a chart (SECURITY.md S8). */
  content(actor: Actor, patientId: number, documentId: number) {
    const store = this.#store();
    return withTransaction(store, () => {
      const row = this.#items.own(patientId, documentId);
      const content = repositories.documents.fileContent(store.db, row.id);
      if (!content) throw new ChartroomError('NOT_FOUND', 'The file of this document is missing. Reload the chart.');
      recordAudit(store, { ...actor, action: 'document.view', patientId, entity: 'document', entityId: row.id });
      return { document: toDto(row), contentBase64: content.toString('base64') };
    });
  }
}
