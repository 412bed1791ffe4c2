import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { LabPanelDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime } from '../../../ui';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
import { AnalyteTrendModal } from './AnalyteTrendModal';
import { LabImportModal } from './LabImportModal';
import { LabPanelFormModal } from './LabPanelFormModal';
import { LabResultsTable } from './LabResultsTable';
import { fieldLabel, formatCollected, historyValue, labRetireReasons } from './lab-text';
import { useLabList, useLabWrites } from './use-labs';

interface LabsPanelProps {
  /** The open chart's patient; every read and write names this id. */
  patientId: number;
  /** Without chart.write the results are read-only. */
  canWrite: boolean;
}

type Dialog =
  | { kind: 'add' }
  | { kind: 'import' }
  | { kind: 'edit'; panel: LabPanelDto }
  | { kind: 'retire'; panel: LabPanelDto }
  | { kind: 'history'; panel: LabPanelDto }
  | { kind: 'trend'; analyte: string }
  | null;

const panelTitle = (panel: LabPanelDto) => `${panel.name}, collected ${formatCollected(panel.collectedAt)}`;

/** The patient's lab results: panels newest first, abnormal results flagged in words, a trend per analyte. */
export function LabsPanel({ patientId, canWrite }: LabsPanelProps) {
  const list = useLabList(patientId);
  const writes = useLabWrites(patientId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const data = list.data;
  const analytes = data
    ? [...new Set(data.active.flatMap((p) => p.observations.map((o) => o.analyte)))].sort((a, b) => a.localeCompare(b))
    : [];

  const changed = () => {
    setDialog(null);
    void list.reload();
  };

  return (
    <ItemPanel
      title="Lab results"
      listName="the lab results"
      addLabel="Add results"
      onAdd={() => setDialog({ kind: 'add' })}
      extraActions={
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconFileImport size={14} aria-hidden />}
          onClick={() => setDialog({ kind: 'import' })}
        >
          Import HL7 file
        </Button>
      }
      canWrite={canWrite}
      loading={list.loading}
      error={list.error}
      onRetry={() => void list.reload()}
      ready={data !== null}
    >
      {data && (
        <Stack gap="md">
          {notice && (
            <Alert color="teal" variant="light" withCloseButton onClose={() => setNotice(null)}>
              {notice}
            </Alert>
          )}
          {analytes.length > 0 && (
            <Group gap="xs" align="flex-end">
              <Select
                label="Trend for an analyte"
                placeholder="Pick an analyte"
                data={analytes}
                searchable
                value={null}
                onChange={(analyte) => analyte && setDialog({ kind: 'trend', analyte })}
                leftSection={<IconChartLine size={16} aria-hidden />}
                w={320}
              />
            </Group>
          )}
          {data.active.length === 0 && (
            <Text size="sm">{data.retired.length === 0 ? 'No lab results recorded.' : 'No current lab results.'}</Text>
          )}
          {data.active.map((panel) => {
            const abnormal = panel.observations.filter((o) => o.flag).length;
            return (
              <Paper key={panel.id} component="article" withBorder p="sm" radius="sm" aria-label={panelTitle(panel)}>
                <Group justify="space-between" align="flex-start" mb={4} wrap="nowrap">
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Title order={3} size="h5">
                        {panel.name}
                      </Title>
                      <Badge variant="outline" color="gray" style={{ textTransform: 'none' }}>
                        {panel.source === 'hl7' ? 'Imported' : 'Typed in'}
                      </Badge>
                      {abnormal > 0 && (
                        <Text size="sm" fw={600}>
                          {abnormal} abnormal
                        </Text>
                      )}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {[
                        `Collected ${formatCollected(panel.collectedAt)}`,
                        panel.orderingProvider && `ordered by ${panel.orderingProvider}`,
                        panel.performingLab,
                        panel.accession && `accession ${panel.accession}`,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                  <ItemActions
                    name={panelTitle(panel)}
                    canWrite={canWrite}
                    retired={panel.retired}
                    {...(panel.source === 'manual' ? { onEdit: () => setDialog({ kind: 'edit', panel }) } : {})}
                    onRetire={() => setDialog({ kind: 'retire', panel })}
                    onHistory={() => setDialog({ kind: 'history', panel })}
                  />
                </Group>
                {panel.comment && (
                  <Text size="sm" mb={4} style={{ whiteSpace: 'pre-line' }}>
                    {panel.comment}
                  </Text>
                )}
                <LabResultsTable
                  label={panelTitle(panel)}
                  observations={panel.observations}
                  onTrend={(analyte) => setDialog({ kind: 'trend', analyte })}
                />
              </Paper>
            );
          })}
          <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired lab panels">
            {data.retired.map((panel) => (
              <Group component="li" key={panel.id} gap="xs" wrap="nowrap" justify="space-between">
                <Text size="sm">
                  <Text span size="sm" fw={600} td="line-through">
                    {panelTitle(panel)}
                  </Text>{' '}
                  — retired {formatDateTime(panel.updatedAt)}; reason: {panel.retiredReason}
                </Text>
                <ItemActions
                  name={panelTitle(panel)}
                  canWrite={canWrite}
                  retired
                  onHistory={() => setDialog({ kind: 'history', panel })}
                />
              </Group>
            ))}
          </CollapsibleItemList>
        </Stack>
      )}

      {dialog?.kind === 'add' && (
        <LabPanelFormModal
          panel={null}
          pending={writes.add.pending}
          onSave={writes.add.run}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'edit' && (
        <LabPanelFormModal
          panel={dialog.panel}
          pending={writes.update.pending}
          onSave={(panel) => writes.update.run(dialog.panel.id, dialog.panel.version, panel)}
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'import' && (
        <LabImportModal
          patientId={patientId}
          onClose={() => setDialog(null)}
          onImported={(panels, patient) => {
            const results = panels.reduce((sum, p) => sum + p.observations.length, 0);
            setNotice(
              `Imported ${results} result${results === 1 ? '' : 's'} in ${panels.length} panel${panels.length === 1 ? '' : 's'} into the chart of ${patient.legalGivenName} ${patient.legalFamilyName}.`,
            );
            changed();
          }}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="lab panel"
          name={panelTitle(dialog.panel)}
          explanation="The results leave the chart and its trends. They stay in the retired list with their history."
          reasons={labRetireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.panel.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${panelTitle(dialog.panel)}`}
          load={() => api.labs.history({ patientId, itemId: dialog.panel.id })}
          fieldLabel={fieldLabel}
          historyValue={historyValue}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'trend' && (
        <AnalyteTrendModal patientId={patientId} analyte={dialog.analyte} onClose={() => setDialog(null)} />
      )}
    </ItemPanel>
  );
}
