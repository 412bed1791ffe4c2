import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconChartLine, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { LabPanelDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { ListWindowMore, useListWindow } from '../../../ui';
import { ItemActions } from '../items/ItemActions';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { itemFormSave } from '../items/item-form-save';
import { RetireAndHistoryDialogs } from '../items/RetireAndHistoryDialogs';
import { RetiredItemList } from '../items/RetiredItemList';
import { useItemDialog } from '../items/use-item-dialog';
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

/** The labs' own dialogs beside add, edit, retire and history. */
type LabDialog = { kind: 'import' } | { kind: 'trend'; analyte: string };

/** Lab panels rendered at a time, each with its results table: the newest at once, older on request. */
const panelsAtATime = 10;

const panelTitle = (panel: LabPanelDto) => `${panel.name}, collected ${formatCollected(panel.collectedAt)}`;

/** The patient's lab results: panels newest first, abnormal results flagged in words, a trend per analyte. */
export function LabsPanel({ patientId, canWrite }: LabsPanelProps) {
  const list = useLabList(patientId);
  const writes = useLabWrites(patientId);
  const dialogs = useItemDialog<LabPanelDto, LabDialog>(list.reload);
  const { dialog } = dialogs;
  const [notice, setNotice] = useState<string | null>(null);
  const data = list.data;
  const panelWindow = useListWindow(data?.active ?? [], panelsAtATime);
  const analytes = data
    ? [...new Set(data.active.flatMap((p) => p.observations.map((o) => o.analyte)))].sort((a, b) => a.localeCompare(b))
    : [];

  /** An imported panel is the lab's own report: it may be retired, but not retyped. */
  const panelActions = (panel: LabPanelDto) => {
    const { onEdit, ...others } = dialogs.actionsFor(panel);
    return panel.source === 'manual' ? { onEdit, ...others } : others;
  };

  return (
    <ItemPanel
      title="Lab results"
      listName="the lab results"
      addLabel="Add results"
      onAdd={() => dialogs.open({ kind: 'add' })}
      extraActions={
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconFileImport size={14} aria-hidden />}
          onClick={() => dialogs.open({ kind: 'import' })}
        >
          Import HL7 file
        </Button>
      }
      canWrite={canWrite}
      {...listStateOf(list)}
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
                onChange={(analyte) => analyte && dialogs.open({ kind: 'trend', analyte })}
                leftSection={<IconChartLine size={16} aria-hidden />}
                w={320}
              />
            </Group>
          )}
          {data.active.length === 0 && (
            <Text size="sm">{data.retired.length === 0 ? 'No lab results recorded.' : 'No current lab results.'}</Text>
          )}
          {panelWindow.shown.map((panel) => {
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
                    {...panelActions(panel)}
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
                  onTrend={(analyte) => dialogs.open({ kind: 'trend', analyte })}
                />
              </Paper>
            );
          })}
          <ListWindowMore window={panelWindow} noun="lab panels" />
          <RetiredItemList
            items={data.retired}
            listLabel="Retired lab panels"
            name={panelTitle}
            actions={(panel) => (
              <ItemActions name={panelTitle(panel)} canWrite={canWrite} retired {...dialogs.actionsFor(panel)} />
            )}
          />
        </Stack>
      )}

      {dialogs.formItem !== undefined && (
        <LabPanelFormModal
          panel={dialogs.formItem}
          {...itemFormSave(writes, dialogs.formItem)}
          onClose={dialogs.close}
          onSaved={dialogs.changed}
        />
      )}
      {dialog?.kind === 'import' && (
        <LabImportModal
          patientId={patientId}
          onClose={dialogs.close}
          onImported={(panels, patient) => {
            const results = panels.reduce((sum, p) => sum + p.observations.length, 0);
            setNotice(
              `Imported ${results} result${results === 1 ? '' : 's'} in ${panels.length} panel${panels.length === 1 ? '' : 's'} into the chart of ${patient.legalGivenName} ${patient.legalFamilyName}.`,
            );
            dialogs.changed();
          }}
        />
      )}
      <RetireAndHistoryDialogs
        dialogs={dialogs}
        noun="lab panel"
        name={panelTitle}
        explanation="The results leave the chart and its trends. They stay in the retired list with their history."
        reasons={labRetireReasons}
        retire={writes.retire}
        loadHistory={(itemId) => api.labs.history({ patientId, itemId })}
        fieldLabel={fieldLabel}
        historyValue={historyValue}
      />
      {dialog?.kind === 'trend' && (
        <AnalyteTrendModal patientId={patientId} analyte={dialog.analyte} onClose={dialogs.close} />
      )}
    </ItemPanel>
  );
}
