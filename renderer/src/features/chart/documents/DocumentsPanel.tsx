import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type DocumentDto, documentCategoryLabels, documentRetireReasons } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { ItemActions } from '../items/ItemActions';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { ItemTable } from '../items/ItemTable';
import { RetireAndHistoryDialogs } from '../items/RetireAndHistoryDialogs';
import { RetiredItemList } from '../items/RetiredItemList';
import { useItemDialog } from '../items/use-item-dialog';
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

/** Imported documents (scanned charts, outside records), newest first, each opened in the viewer. */
export function DocumentsPanel({ patientId, canWrite }: DocumentsPanelProps) {
  const list = useDocumentList(patientId);
  const writes = useDocumentWrites(patientId);
  const dialogs = useItemDialog<DocumentDto, { kind: 'view'; document: DocumentDto }>(list.reload);
  const { dialog } = dialogs;
  const editing = dialogs.itemFor('edit');
  const data = list.data;

  const actions = (document: DocumentDto): ReactNode => (
    <ItemActions
      name={document.title}
      canWrite={canWrite}
      retired={document.retired}
      {...dialogs.actionsFor(document)}
    />
  );

  const viewButton = (document: DocumentDto) => (
    <Button
      size="compact-xs"
      variant="light"
      leftSection={<IconEye size={14} aria-hidden />}
      aria-label={`View ${document.title}`}
      onClick={() => dialogs.open({ kind: 'view', document })}
    >
      View
    </Button>
  );

  return (
    <ItemPanel
      title="Documents"
      listName="the documents"
      addLabel="Import document"
      onAdd={() => dialogs.open({ kind: 'add' })}
      canWrite={canWrite}
      {...listStateOf(list)}
    >
      {data && (
        <Stack gap="sm">
          {data.active.length === 0 ? (
            <Text size="sm">{data.retired.length === 0 ? 'No documents imported.' : 'No current documents.'}</Text>
          ) : (
            <ItemTable label="Documents" minWidth={720} columns={['Date', 'Title', 'Kind', 'File']}>
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
            </ItemTable>
          )}
          <RetiredItemList
            items={data.retired}
            listLabel="Retired documents"
            name={(document) => document.title}
            detail={(document) => `(${document.documentDate}) `}
            actions={(document) => (
              <Group gap={4} wrap="nowrap">
                {viewButton(document)}
                {actions(document)}
              </Group>
            )}
          />
        </Stack>
      )}

      {dialog?.kind === 'view' && (
        <DocumentViewer patientId={patientId} document={dialog.document} onClose={dialogs.close} />
      )}
      {dialog?.kind === 'add' && (
        <DocumentFormModal
          document={null}
          pending={writes.importFile.pending}
          onImport={writes.importFile.run}
          onClose={dialogs.close}
          onSaved={dialogs.changed}
        />
      )}
      {editing && (
        <DocumentFormModal
          document={editing}
          pending={writes.update.pending}
          onUpdate={(item) => writes.update.run(editing.id, editing.version, item)}
          onClose={dialogs.close}
          onSaved={dialogs.changed}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="document"
        name={(document) => document.title}
        explanation="The document leaves the list. It stays, with its file and its history, in the retired list."
        reasons={documentRetireReasons}
        retire={writes.retire}
        loadHistory={(itemId) => api.documents.history({ patientId, itemId })}
        fieldLabel={fieldLabel}
        historyValue={historyValue}
      />
    </ItemPanel>
  );
}
