import { zodResolver } from '@hookform/resolvers/zod';
import { Autocomplete, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFolderShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useController, useForm } from 'react-hook-form';
import {
  disclosurePurposeLabels,
  disclosurePurposes,
  exportPracticeInputSchema,
  type InputOf,
  type JobDto,
} from '../../../../../electron/contract';
import { FormAlert, placeServerError } from '../../../ui';
import { useExportPractice } from '../hooks/useExportPractice';
import { useJob } from '../hooks/useJob';
import { JobProgressPanel } from '../jobs/JobProgressPanel';

const exportFields = ['folder', 'recipientName', 'purpose'] as const;

/** Who usually receives a whole practice; the manager may type anyone else. */
const usualRecipients = ['Record retention', 'New EMR vendor', 'Practice buyer', 'State medical board'];

type ExportForm = InputOf<'exchange.exportPractice'>;

/**
 * Every chart, for a new EMR or for keeping after the practice closes: a folder of per-patient FHIR
 * bundles, NDJSON per resource type, and an HTML archive per patient that opens in any browser.
 * The folder is typed as a path, as for backup destinations (no folder picker exists in every setting).
 */
export function PracticeExportCard() {
  const exportPractice = useExportPractice();
  const [started, setStarted] = useState<JobDto | null>(null);
  const watched = useJob(started);
  const running = watched.job?.state === 'running' && watched.error === null;
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<ExportForm>({
    resolver: zodResolver(exportPracticeInputSchema),
    defaultValues: { folder: '', recipientName: '', purpose: '' as ExportForm['purpose'] },
  });
  const { errors } = form.formState;
  const recipient = useController({ control: form.control, name: 'recipientName' });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await exportPractice.run(values);
    if (result.ok) setStarted(result.value);
    else setFormError(placeServerError(form.setError, result.error, exportFields));
  });

  return (
    <Stack gap="md" maw={760}>
      <Stack gap={4}>
        <Title order={2} size="h4">
          Export the whole practice
        </Title>
        <Text size="sm" c="dimmed">
          Writes a new folder inside the one you give: a FHIR R4 bundle per patient, NDJSON files per resource type, and
          a readable HTML archive per patient that opens in any web browser. The export is recorded as a disclosure. The
          folder holds every chart unencrypted: keep it as safe as the paper charts.
        </Text>
      </Stack>
      <form onSubmit={submit} noValidate aria-label="Export the whole practice">
        <Stack gap="sm">
          <FormAlert title="The export did not start" message={formError} />
          <TextInput
            label="Folder"
            description="The full path of an existing folder, e.g. on a USB drive. The export goes into a new folder inside it."
            placeholder="/media/usb/practice-export"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            disabled={running}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.folder?.message}
            {...form.register('folder')}
          />
          <Autocomplete
            label="Recipient"
            description="Who receives the export, e.g. the new EMR's vendor or the custodian of the records."
            required
            data={usualRecipients}
            disabled={running}
            ref={recipient.field.ref}
            name={recipient.field.name}
            value={recipient.field.value}
            onChange={recipient.field.onChange}
            onBlur={recipient.field.onBlur}
            error={recipient.fieldState.error?.message}
          />
          <NativeSelect
            label="Purpose"
            required
            disabled={running}
            data={[
              { value: '', label: 'Choose the purpose…' },
              ...disclosurePurposes.map((value) => ({ value, label: disclosurePurposeLabels[value] })),
            ]}
            error={errors.purpose?.message}
            {...form.register('purpose')}
          />
          <Group>
            <Button
              type="submit"
              loading={exportPractice.pending}
              disabled={running}
              leftSection={<IconFolderShare size={16} aria-hidden />}
            >
              Start the export
            </Button>
          </Group>
        </Stack>
      </form>
      <div aria-live="polite">
        <JobProgressPanel watched={watched} label="Practice export" cancellable />
      </div>
    </Stack>
  );
}
