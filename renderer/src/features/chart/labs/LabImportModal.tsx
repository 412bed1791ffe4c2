import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  type LabImportPreviewDto,
  type LabPanelDto,
  maxHl7FileCharacters,
  type PatientSummary,
} from '../../../../../electron/contract';
import { api } from '../../../platform';
import { FormAlert, usePendingAction } from '../../../ui';
import { LabResultsTable } from './LabResultsTable';
import { formatCollected } from './lab-text';

interface LabImportModalProps {
  /** The open chart's patient: proposed first when the file matches them. */
  patientId: number;
  onClose: () => void;
  /** After the import: what was written, and for whom. */
  onImported: (panels: LabPanelDto[], patient: PatientSummary) => void;
}

interface Offered {
  fileName: string;
  content: string;
  preview: LabImportPreviewDto;
}

const nameOf = (p: PatientSummary) => `${p.legalFamilyName}, ${p.legalGivenName}`;
const fileNameOf = (p: LabImportPreviewDto['filePatient']) =>
  [p.familyName, p.givenName].filter(Boolean).join(', ') || '(no name)';

/**
 * Import a reference lab's HL7 result file in two steps: pick the file and see what it holds and
 * whose it may be; then confirm the patient. A patient who differs from the file in name, date of
 * birth or MRN can be chosen only with a reason, which the audit keeps.
 */
export function LabImportModal({ patientId, onClose, onImported }: LabImportModalProps) {
  const [offered, setOffered] = useState<Offered | null>(null);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const reasonInput = useRef<HTMLTextAreaElement>(null);
  /** The reason field sits above the results, so a missing reason is brought into view. */
  const askForReason = (message: string) => {
    setReasonError(message);
    reasonInput.current?.focus();
  };
  const preview = usePendingAction((fileName: string, content: string) =>
    api.labs.previewImport({ fileName, content }),
  );
  const confirm = usePendingAction((input: { fileName: string; content: string; patientId: number }) =>
    api.labs.confirmImport({ ...input, overrideReason }),
  );

  const read = async (file: File | undefined) => {
    setError(null);
    setOffered(null);
    if (!file) return;
    if (file.size > maxHl7FileCharacters) {
      setError(
        `${file.name} is larger than ${maxHl7FileCharacters / 1000} KB; a lab result message is a few KB. Check that it is the right file.`,
      );
      return;
    }
    const content = await file.text();
    const result = await preview.run(file.name, content);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    const proposed =
      result.value.candidates.find((c) => c.patient.id === patientId) ?? result.value.candidates[0] ?? null;
    setChosenId(proposed?.patient.id ?? null);
    setOverrideReason('');
    setOffered({ fileName: file.name, content, preview: result.value });
  };

  const chosen = offered?.preview.candidates.find((c) => c.patient.id === chosenId) ?? null;
  const results = offered?.preview.panels.reduce((sum, p) => sum + p.observations.length, 0) ?? 0;

  const submit = async () => {
    if (!offered || !chosen) return;
    setError(null);
    setReasonError(null);
    if (chosen.differences.length > 0 && !overrideReason.trim()) {
      askForReason('Give the reason these results belong to this patient although the file differs.');
      return;
    }
    const result = await confirm.run({
      fileName: offered.fileName,
      content: offered.content,
      patientId: chosen.patient.id,
    });
    if (result.ok) onImported(result.value.panels, chosen.patient);
    else if (result.error.field === 'overrideReason') askForReason(result.error.message);
    else setError(result.error.message);
  };

  return (
    <Modal opened onClose={onClose} title="Import an HL7 lab file" centered size="xl">
      <Stack gap="sm">
        <FormAlert title="Not imported" message={error} />
        <Stack gap={4}>
          <Text component="label" htmlFor="hl7-file" size="sm" fw={500}>
            HL7 result file (ORU^R01) from the lab
          </Text>
          <input
            id="hl7-file"
            type="file"
            accept=".hl7,.oru,.txt,text/plain"
            disabled={preview.pending || confirm.pending}
            onChange={(event) => void read(event.currentTarget.files?.[0])}
          />
          {preview.pending && (
            <Text size="sm" c="dimmed">
              Reading the file…
            </Text>
          )}
        </Stack>

        {offered && (
          <>
            <Text size="sm">
              Message {offered.preview.messageControlId}
              {offered.preview.sendingFacility && ` from ${offered.preview.sendingFacility}`}: {results} result
              {results === 1 ? '' : 's'} in {offered.preview.panels.length} panel
              {offered.preview.panels.length === 1 ? '' : 's'} for{' '}
              <strong>{fileNameOf(offered.preview.filePatient)}</strong>, born{' '}
              {offered.preview.filePatient.birthDate || 'date not given'}, MRN{' '}
              {offered.preview.filePatient.mrn || 'not given'}.
            </Text>
            <Radio.Group
              label="Confirm the patient"
              description="Results are filed in the chart you confirm."
              value={chosenId === null ? null : String(chosenId)}
              onChange={(value) => {
                setChosenId(Number(value));
                setReasonError(null);
              }}
            >
              <Stack gap={6} mt={6}>
                {offered.preview.candidates.map((candidate) => (
                  <Radio
                    key={candidate.patient.id}
                    value={String(candidate.patient.id)}
                    label={`${nameOf(candidate.patient)}, born ${candidate.patient.birthDate}, MRN ${candidate.patient.mrn}`}
                    description={`${candidate.matchedBy === 'mrn' ? 'Matched by MRN' : 'Matched by name and date of birth'}${
                      candidate.patient.id === patientId ? ' — the open chart' : ''
                    }${candidate.differences.length > 0 ? ' — differs from the file' : ''}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {chosen && chosen.patient.id !== patientId && (
              <Alert color="blue" variant="light">
                These results will be filed in {nameOf(chosen.patient)}'s chart, not the chart that is open.
              </Alert>
            )}
            {chosen && chosen.differences.length > 0 && (
              <Alert color="orange" variant="light" title="This patient differs from the file">
                <Stack gap="xs">
                  {chosen.differences.map((difference) => (
                    <Text key={difference} size="sm">
                      {difference}
                    </Text>
                  ))}
                  <Textarea
                    ref={reasonInput}
                    label="Reason to import for this patient anyway"
                    required
                    autosize
                    minRows={2}
                    value={overrideReason}
                    error={reasonError}
                    onChange={(event) => setOverrideReason(event.currentTarget.value)}
                  />
                </Stack>
              </Alert>
            )}
            {offered.preview.panels.map((panel) => (
              <Stack key={`${panel.accession}-${panel.name}`} gap={4}>
                <Title order={3} size="h5">
                  {panel.name}, collected {formatCollected(panel.collectedAt)}
                </Title>
                <Text size="xs" c="dimmed">
                  {[
                    panel.orderingProvider && `Ordered by ${panel.orderingProvider}`,
                    panel.performingLab,
                    panel.accession && `accession ${panel.accession}`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                {panel.comment && <Text size="sm">{panel.comment}</Text>}
                <LabResultsTable label={`${panel.name} (to import)`} observations={panel.observations} />
              </Stack>
            ))}
          </>
        )}

        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={confirm.pending}>
            Cancel
          </Button>
          {offered && chosen && (
            <Button
              leftSection={<IconFileImport size={16} aria-hidden />}
              loading={confirm.pending}
              onClick={() => void submit()}
            >
              Import {results} result{results === 1 ? '' : 's'} for {nameOf(chosen.patient)}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
