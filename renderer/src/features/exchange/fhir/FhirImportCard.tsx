import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { FhirImportPreviewDto } from '../../../../../electron/contract';
import { PickFileButton } from '../file-pick';
import { useImportFhir } from '../hooks/useImportFhir';
import { usePreviewFhirImport } from '../hooks/usePreviewFhirImport';
import type { ImportFile } from '../import-file';
import { NothingImportedAlert, useImportFlow } from '../import-flow';
import { JobProgressPanel } from '../jobs/JobProgressPanel';
import { BundlePatientReview } from './BundlePatientReview';
import { type Choice, decisionsFor, initialChoices } from './duplicate-decisions';

interface Previewed {
  file: ImportFile;
  preview: FhirImportPreviewDto;
}

/**
 * A FHIR R4 bundle from another system: read it (nothing written), review each patient against the
 * charts already here, then import it as one job.
 */
export function FhirImportCard() {
  const previewImport = usePreviewFhirImport();
  const importFhir = useImportFhir();
  const flow = useImportFlow<Previewed>();
  const { examined: previewed, running, imported } = flow;
  const [choices, setChoices] = useState<Record<string, Choice | null>>({});

  const preview = async (file: ImportFile) => {
    const result = await previewImport.run(file);
    if (!result.ok) {
      flow.setProblem(result.error.message);
      return;
    }
    flow.setExamined({ file, preview: result.value });
    setChoices(initialChoices(result.value.patients));
  };

  const outcome = previewed ? decisionsFor(previewed.preview.patients, choices) : null;
  const startImport = async () => {
    if (!previewed || !outcome?.ready) return;
    await flow.startImport(() => importFhir.run(previewed.file, outcome.decisions));
  };

  const ignored = previewed ? Object.entries(previewed.preview.ignored).filter(([, n]) => n > 0) : [];
  return (
    <Stack gap="md" maw={860}>
      <Stack gap={4}>
        <Title order={2} size="h4">
          Import a FHIR bundle
        </Title>
        <Text size="sm" c="dimmed">
          A FHIR R4 JSON bundle from another system. Chartroom reads it first and shows each patient in it beside any
          chart here that may be the same person; nothing is saved until you press Import.
        </Text>
      </Stack>
      <Group>
        <PickFileButton
          label={previewed ? 'Choose another bundle…' : 'Choose a bundle (.json)…'}
          accept=".json,application/json,application/fhir+json"
          loading={flow.reading || previewImport.pending}
          disabled={running}
          onPick={(file) => void flow.pick(file, preview)}
        />
        {previewed ? (
          <Text size="sm">
            <strong>{previewed.preview.fileName}</strong>: {previewed.preview.patients.length.toLocaleString('en-US')}{' '}
            {previewed.preview.patients.length === 1 ? 'patient' : 'patients'}
          </Text>
        ) : null}
      </Group>
      <NothingImportedAlert problem={flow.problem} onClose={() => flow.setProblem(null)} />
      {previewed ? (
        <Stack gap="sm">
          {previewed.preview.patients.map((patient) => (
            <BundlePatientReview
              key={patient.reference}
              patient={patient}
              choice={choices[patient.reference] ?? null}
              disabled={running || imported}
              onChoose={(choice) => setChoices((current) => ({ ...current, [patient.reference]: choice }))}
            />
          ))}
          <Text size="sm" c="dimmed">
            {ignored.length === 0
              ? 'Everything in the file is imported.'
              : `Not imported (Chartroom does not keep these): ${ignored
                  .map(([type, n]) => `${n.toLocaleString('en-US')} ${type}`)
                  .join(', ')}.`}
          </Text>
          {!imported ? (
            <Group gap="sm">
              <Button
                onClick={() => void startImport()}
                disabled={!outcome?.ready || running}
                loading={importFhir.pending}
              >
                Import
              </Button>
              {outcome && !outcome.ready ? (
                <Text size="sm" c="dimmed">
                  {outcome.reason}
                </Text>
              ) : null}
            </Group>
          ) : null}
        </Stack>
      ) : null}
      <div aria-live="polite">
        <JobProgressPanel watched={flow.watched} label="FHIR import" cancellable={false} />
      </div>
    </Stack>
  );
}
