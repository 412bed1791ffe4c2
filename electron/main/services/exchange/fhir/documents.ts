import type { DocumentReference } from '@medplum/fhirtypes';
import { type DocumentCategory, documentCategoryLabels } from '../../../../contract/documents';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, type MappingContext } from './context';
import { systems } from './systems';

/**
 * Imported documents (scans, outside records) as DocumentReferences carrying the file itself: its
 * media type, the bytes as base64, the original file name, and the date on the document. The title
 * and staff's comment are the description, title first.
 */
export const documentEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.documents.map(({ document, content }) => {
    const label = documentCategoryLabels[document.category as DocumentCategory] ?? document.category;
    const resource: DocumentReference = {
      resourceType: 'DocumentReference',
      meta: lastUpdated(document.updatedAt),
      status: 'current',
      docStatus: 'final',
      type: { text: label },
      category: [{ coding: [{ system: systems.documentCategoryChartroom, code: document.category, display: label }] }],
      subject: context.patient,
      date: new Date(document.createdAt).toISOString(),
      description: document.comment ? `${document.title}\n${document.comment}` : document.title,
      content: [
        {
          attachment: {
            contentType: document.mediaType,
            data: content.toString('base64'),
            size: document.byteSize,
            title: document.fileName,
            creation: document.documentDate,
          },
        },
      ],
      context: { period: { start: document.documentDate } },
    };
    return entryOf(context, 'document', document.id, resource);
  });
