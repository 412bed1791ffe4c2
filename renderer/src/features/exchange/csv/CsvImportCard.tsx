import { Badge, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconUsersPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { CsvDryRunDto, CsvMapping } from '../../../../../electron/contract';
import { PickFileButton } from '../file-pick';
import { useCsvDryRun } from '../hooks/useCsvDryRun';
import { useImportCsv } from '../hooks/useImportCsv';
import type { ImportFile } from '../import-file';
import { NothingImportedAlert, useImportFlow } from '../import-flow';
import { JobProgressPanel } from '../jobs/JobProgressPanel';
import { ColumnMapping } from './ColumnMapping';
import { CsvDryRunReport } from './CsvDryRunReport';
import { csvImportReadiness } from './csv-mapping';

interface Checked {
  file: ImportFile;
  report: CsvDryRunDto;
}

/**
 * Demographics from a legacy system's CSV: a dry run reads the file and reports every problem per
 * row; the manager maps columns and checks again until it is clean; then one transaction saves all
 * the patients, or none.
 */
export function CsvImportCard() {
  const dryRun = useCsvDryRun();
  const importCsv = useImportCsv();
  const flow = useImportFlow<Checked>();
  const { examined: checked, running, imported } = flow;
  const [mapping, setMapping] = useState<CsvMapping>({});

  const check = async (file: ImportFile, withMapping?: CsvMapping) => {
    flow.setProblem(null);
    const result = await dryRun.run(file, withMapping);
    if (!result.ok) {
      flow.setProblem(result.error.message);
      return;
    }
    flow.setExamined({ file, report: result.value });
    setMapping(result.value.mapping);
  };

  const readiness = checked ? csvImportReadiness(checked.report, mapping) : null;
  const startImport = async () => {
    if (!checked || !readiness?.ready) return;
    await flow.startImport(() => importCsv.run(checked.file, checked.report.mapping));
  };

  const locked = running || imported;
  return (
    <Stack gap="md" maw={980}>
      <Stack gap={4}>
        <Title order={2} size="h4">
          Import demographics from CSV
        </Title>
        <Text size="sm" c="dimmed">
          A CSV of patients from a legacy system, one patient per row under a header row. Chartroom checks every row
          first and lists what is wrong; nothing is saved until you press Import, and then all the patients are saved or
          none.
        </Text>
      </Stack>
      <Group>
        <PickFileButton
          label={checked ? 'Choose another file…' : 'Choose a CSV file…'}
          accept=".csv,text/csv"
          loading={flow.reading || (dryRun.pending && !checked)}
          disabled={running}
          onPick={(file) => void flow.pick(file, check)}
        />
        {checked ? (
          <Group gap="xs">
            <Text size="sm">
              <strong>{checked.report.fileName}</strong>
            </Text>
            <Badge variant="light" color="gray" tt="none">
              Read as {checked.report.encoding}
            </Badge>
          </Group>
        ) : null}
      </Group>
      <NothingImportedAlert problem={flow.problem} onClose={() => flow.setProblem(null)} />
      {checked ? (
        <>
          <Stack gap="xs" component="section" aria-labelledby="csv-mapping-heading">
            <Title order={3} size="h5" id="csv-mapping-heading">
              Columns
            </Title>
            <Text size="sm" c="dimmed">
              The file has {checked.report.columns.length} columns: {checked.report.columns.join(', ')}. For each field,
              choose the column that holds it; fields marked * are required.
            </Text>
            <ColumnMapping columns={checked.report.columns} mapping={mapping} disabled={locked} onChange={setMapping} />
            <Group>
              <Button
                variant="default"
                leftSection={<IconChecklist size={16} aria-hidden />}
                loading={dryRun.pending}
                disabled={locked}
                onClick={() => void check(checked.file, mapping)}
              >
                Check again
              </Button>
            </Group>
          </Stack>
          <Divider />
          <CsvDryRunReport report={checked.report} />
          {!imported && readiness ? (
            <Group gap="sm">
              <Button
                leftSection={<IconUsersPlus size={16} aria-hidden />}
                disabled={!readiness.ready || running}
                loading={importCsv.pending}
                onClick={() => void startImport()}
              >
                {`Import ${checked.report.rowCount.toLocaleString('en-US')} ${checked.report.rowCount === 1 ? 'patient' : 'patients'}`}
              </Button>
              {!readiness.ready ? (
                <Text size="sm" c="dimmed">
                  {readiness.reason}
                </Text>
              ) : null}
            </Group>
          ) : null}
        </>
      ) : null}
      <div aria-live="polite">
        <JobProgressPanel watched={flow.watched} label="CSV import" cancellable={false} />
      </div>
    </Stack>
  );
}
