import { Modal, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { type DocumentDto, documentCategoryLabels } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { useResource } from '../../../ui';
import { LoadFailed, LoadingLine } from '../LoadStatus';
import { fileSummary } from './document-text';
import { base64ToBytes } from './file-transfer';
import { ImageView } from './ImageView';
import { PagedView } from './PagedView';

interface DocumentViewerProps {
  patientId: number;
  document: DocumentDto;
  onClose: () => void;
}

/**
 * One document, inside the app: its file is read from the store (an audited view) and drawn here,
 * never handed to another program or written to disk. Closing the viewer drops the bytes, revokes
 * the image URL and ends pdf.js's worker.
 */
export function DocumentViewer({ patientId, document, onClose }: DocumentViewerProps) {
  const content = useResource(() => api.documents.content({ patientId, itemId: document.id }));
  const bytes = useMemo(() => (content.data ? base64ToBytes(content.data.contentBase64) : null), [content.data]);
  const title = `${document.title} (${document.documentDate})`;

  return (
    <Modal opened onClose={onClose} title={title} size="min(1100px, 95vw)" centered>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {documentCategoryLabels[document.category]} · {document.fileName} · {fileSummary(document)}
          {document.retired && ` · retired: ${document.retiredReason}`}
          {document.comment && ` · ${document.comment}`}
        </Text>
        {content.loading && !content.data && <LoadingLine>Reading the file…</LoadingLine>}
        {content.error && (
          <LoadFailed title="The file could not be read" error={content.error} onRetry={() => void content.reload()} />
        )}
        {bytes &&
          (document.mediaType === 'image/jpeg' || document.mediaType === 'image/png' ? (
            <ImageView bytes={bytes} mediaType={document.mediaType} title={document.title} />
          ) : (
            <PagedView bytes={bytes} mediaType={document.mediaType} title={document.title} />
          ))}
      </Stack>
    </Modal>
  );
}
