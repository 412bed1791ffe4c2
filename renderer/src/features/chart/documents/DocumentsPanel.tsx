import { Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { type DocumentDto, documentCategoryLabels, documentRetireReasons } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
import { DocumentFormModal } from './DocumentFormModal';
import { DocumentViewer } from './DocumentViewer';
import { fieldLabel, fileSummary, historyValue } from './document-text';
import { useDocumentList, useDocumentWrites } from './use-documents';

interface DocumentsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** Without chart.write the list is read-only (documents can still be viewed). */
  canWrite: boolean;
}

type Dialog =
  | { kind: 'import' }
  | { kind: 'view'; document: DocumentDto }
  | { kind: 'edit'; document: DocumentDto }
  | { kind: 'retire'; document: DocumentDto }
  | { kind: 'history'; document: DocumentDto }
  | null;

/** Imported documents (scanned charts, outside records), newest first, each opened in the viewer. */
export function DocumentsPanel({ patientId, canWrite }: DocumentsPanelProps) {
  const list = useDocumentList(patientId);
  const writes = useDocumentWrites(patientId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = list.data;

  const changed = () => {
    setDialog(null);
    void list.reload();
  };

  const actions = (document: DocumentDto): ReactNode => (
    <ItemActions
      name={document.title}
      canWrite={canWrite}
      retired={document.retired}
      onEdit={() => setDialog({ kind: 'edit', document })}
      onRetire={() => setDialog({ kind: 'retire', document })}
      onHistory={() => setDialog({ kind: 'history', document })}
    />
  );

  const viewButton = (document: DocumentDto) => (
    <Button
      size="compact-xs"
      variant="light"
      leftSection={<IconEye size={14} aria-hidden />}
      aria-label={`View ${document.title}`}
      onClick={() => setDialog({ kind: 'view', document })}
    >
      View
    </Button>
  );

  return (
    <ItemPanel
      title="Documents"
      listName="the documents"
      addLabel="Import document"
      onAdd={() => setDialog({ kind: 'import' })}
      canWrite={canWrite}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      ready={data !== null}
    >
      {data && (
        <Stack gap="sm">
          {data.active.length === 0 ? (
            <Text size="sm">{data.retired.length === 0 ? 'No documents imported.' : 'No current documents.'}</Text>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped withTableBorder verticalSpacing={4} aria-label="Documents">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Date</Table.Th>
                    <Table.Th>Title</Table.Th>
                    <Table.Th>Kind</Table.Th>
                    <Table.Th>File</Table.Th>
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.active.map((document) => (
                    <Table.Tr key={document.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{document.documentDate}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600}>
                          {document.title}
                        </Text>
                        {document.comment && (
                          <Text size="xs" c="dimmed">
                            {document.comment}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{documentCategoryLabels[document.category]}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{fileSummary(document)}</Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {viewButton(document)}
                          {actions(document)}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired documents">
            {data.retired.map((document) => (
              <Group component="li" key={document.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600} td="line-through">
                    {document.title}
                  </Text>{' '}
                  ({document.documentDate}) — retired {formatDateTime(document.updatedAt)}; reason:{' '}
                  {document.retiredReason}
                </Text>
                <Group gap={4} wrap="nowrap">
                  {viewButton(document)}
                  {actions(document)}
                </Group>
              </Group>
            ))}
          </CollapsibleItemList>
        </Stack>
      )}

      {dialog?.kind === 'view' && (
        <DocumentViewer patientId={patientId} document={dialog.document} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'import' && (
        <DocumentFormModal
          document={null}
          pending={writes.importFile.pending}
          onImport={writes.importFile.run}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'edit' && (
        <DocumentFormModal
          document={dialog.document}
          pending={writes.update.pending}
          onUpdate={(item) => writes.update.run(dialog.document.id, dialog.document.version, item)}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="document"
          name={dialog.document.title}
          explanation="The document leaves the list. It stays, with its file and its history, in the retired list."
          reasons={documentRetireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.document.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${dialog.document.title}`}
          load={() => api.documents.history({ patientId, itemId: dialog.document.id })}
          fieldLabel={fieldLabel}
          historyValue={historyValue}
          onClose={() => setDialog(null)}
        />
      )}
    </ItemPanel>
  );
}
