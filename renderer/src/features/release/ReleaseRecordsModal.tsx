import { Alert, Button, Fieldset, Group, Loader, Modal, Radio, Stack, Switch, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconFileExport, IconFileText } from '@tabler/icons-react';
import { type FormEvent, useEffect, useState } from 'react';
import { Controller, type Path, useForm, useWatch } from 'react-hook-form';
import {
  type ApiError,
  exportPatientInputSchema,
  type PatientDto,
  type PreparedReleaseDto,
  type ReleaseInput,
  releaseInputSchema,
} from '../../../../electron/contract';
import { ConfirmDialog, FormAlert, placeServerError } from '../../ui';
import { patientName } from '../patients';
import { PrintPreviewModal } from '../print';
import { PacketItemsFields } from './PacketItemsFields';
import { RecipientFields } from './RecipientFields';
import {
  emptyReleaseForm,
  formProblems,
  issueAsError,
  type ReleaseFormValues,
  releaseFormFields,
  toExportInput,
  toReleaseInput,
  unsignedNotesChosen,
} from './release-form';
import { useExportChart } from './use-export-chart';
import { usePrepareRelease } from './use-prepare-release';
import { useRecordRelease } from './use-record-release';
import { useReleasableItems } from './use-releasable-items';

export interface ReleaseRecordsModalProps {
  patient: PatientDto;
  /** What the builder opens with, e.g. the accounting of disclosures addressed to the patient. */
  preset?: Partial<ReleaseFormValues>;
  onClose: () => void;
}

/** A field's message also answers for these others: ticking a note fills an empty packet, and so on. */
const alsoClears: Partial<Record<string, Path<ReleaseFormValues>[]>> = {
  noteIds: ['items'],
  coverSheet: ['recipient.fax'],
  labScope: ['labPanelIds'],
  output: ['items'],
};

/**
 * The records packet builder (issue 6 "Fax packet builder"): choose documents from the chart, a
 * recipient and a purpose, and either a PDF packet (previewed, then printed, saved or saved for fax,
 * its disclosure recorded as it leaves) or the chart as a FHIR bundle. Every message the contract or
 * the server gives appears beside its field; an unsigned note is released only after a warning.
 */
export function ReleaseRecordsModal({ patient, preset, onClose }: ReleaseRecordsModalProps) {
  const choices = useReleasableItems(patient.id);
  const form = useForm<ReleaseFormValues>({ defaultValues: emptyReleaseForm(preset) });
  const [output, coverSheet] = useWatch({ control: form.control, name: ['output', 'coverSheet'] });
  const prepare = usePrepareRelease();
  const exportChart = useExportChart();
  const record = useRecordRelease(patient.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [unsigned, setUnsigned] = useState<{ input: ReleaseInput; notes: string[]; message: string } | null>(null);
  const [packet, setPacket] = useState<{ prepared: PreparedReleaseDto; recipient: string } | null>(null);
  const [packetLeft, setPacketLeft] = useState(false);

  // A message stays beside its field until that field (or one that answers it) changes.
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name) form.clearErrors([name, ...(alsoClears[name] ?? [])]);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  /** Each message beside its field, the first one focused; one that belongs to no field above the form. */
  const place = (problems: readonly ApiError[]) => {
    let unplaced: string | null = null;
    for (const problem of [...problems].reverse())
      unplaced = placeServerError(form.setError, problem, releaseFormFields) ?? unplaced;
    setFormError(unplaced);
  };

  const preparePacket = async (input: ReleaseInput) => {
    const result = await prepare.run(input);
    if (result.ok) {
      setUnsigned(null);
      setPacketLeft(false);
      setPacket({ prepared: result.value, recipient: input.recipient.name });
    } else if (result.error.code === 'CONFIRMATION_REQUIRED' && !input.releasePreliminary) {
      setUnsigned({ input, notes: unsignedNotesChosen(form.getValues(), choices.data), message: result.error.message });
    } else {
      setUnsigned(null);
      place([result.error]);
    }
  };

  const submit = form.handleSubmit(async (values) => {
    if (values.output === 'fhir') {
      const input = toExportInput(patient.id, values);
      const checked = exportPatientInputSchema.safeParse(input);
      if (!checked.success) return place(checked.error.issues.map(issueAsError));
      const result = await exportChart.run(input);
      if (result.ok) onClose();
      else place([result.error]);
      return;
    }
    const input = toReleaseInput(patient.id, values);
    const checked = releaseInputSchema.safeParse(input);
    const problems = [...formProblems(values), ...(checked.error?.issues.map(issueAsError) ?? [])];
    if (problems.length > 0) return place(problems);
    await preparePacket(input);
  });

  const onSubmit = (event?: FormEvent) => {
    form.clearErrors();
    setFormError(null);
    return submit(event);
  };

  if (packet) {
    const unsignedCount = packet.prepared.preliminaryNotes.length;
    return (
      <PrintPreviewModal
        title={`Records packet for ${packet.recipient}`}
        printed={packet.prepared}
        offerFax
        beforeOutput={async (how) => {
          const problem = await record(packet.prepared.packetId, how);
          if (!problem) setPacketLeft(true);
          return problem;
        }}
        notice={
          unsignedCount > 0 && (
            <Alert color="orange" variant="light" title="Includes unsigned notes">
              {unsignedCount === 1 ? 'This note is' : 'These notes are'} printed marked PRELIMINARY:{' '}
              {packet.prepared.preliminaryNotes.join('; ')}.
            </Alert>
          )
        }
        // Once the packet has left, the release is done; before that, closing goes back to the choices.
        onClose={() => (packetLeft ? onClose() : setPacket(null))}
      />
    );
  }

  const pending = prepare.pending || exportChart.pending;
  return (
    <Modal opened onClose={onClose} title={`Release records: ${patientName(patient)}`} size="xl" centered>
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void onSubmit()]])}
        aria-label="Release records"
      >
        <Stack gap="md">
          <FormAlert title="Not released" message={formError} />
          <Controller
            control={form.control}
            name="output"
            render={({ field }) => (
              <Radio.Group label="Release as" value={field.value} onChange={field.onChange}>
                <Group gap="lg" mt={4}>
                  <Radio value="packet" label="PDF packet (print, save or fax)" />
                  <Radio value="fhir" label="Electronic copy (FHIR JSON)" />
                </Group>
              </Radio.Group>
            )}
          />
          {output === 'fhir' ? (
            <Text size="sm">
              The whole chart as one FHIR R4 file (demographics, problems, medications, allergies, immunizations, vitals
              and labs, visits and notes, documents and appointments) for another record system or the patient's own
              app. You choose where to save it; the export is recorded as a disclosure.
            </Text>
          ) : choices.data ? (
            <PacketItemsFields form={form} choices={choices.data} />
          ) : choices.error ? (
            <Alert color="red" variant="light" title="The chart's documents could not be listed">
              {choices.error}{' '}
              <Button variant="subtle" size="compact-sm" onClick={() => void choices.reload()}>
                Try again
              </Button>
            </Alert>
          ) : (
            <Loader size="sm" aria-label="Listing the chart's documents" />
          )}
          <RecipientFields form={form} patient={patient} />
          {output === 'packet' && (
            <Fieldset legend="Fax cover sheet">
              <Stack gap="sm">
                <Controller
                  control={form.control}
                  name="coverSheet"
                  render={({ field }) => (
                    <Switch
                      ref={field.ref}
                      checked={field.value}
                      onChange={(event) => field.onChange(event.currentTarget.checked)}
                      label="Start with a cover sheet"
                      description="From, to, fax and phone numbers, the date, the page count and a confidentiality notice."
                    />
                  )}
                />
                {coverSheet && (
                  <Textarea
                    label="Message on the cover sheet"
                    placeholder="e.g. Records you requested on 3/2"
                    autosize
                    minRows={2}
                    maxRows={6}
                    maxLength={1000}
                    error={form.formState.errors.coverMessage?.message}
                    {...form.register('coverMessage')}
                  />
                )}
              </Stack>
            </Fieldset>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            {output === 'fhir' ? (
              <Button type="submit" loading={pending} leftSection={<IconFileExport size={16} aria-hidden />}>
                Export and save
              </Button>
            ) : (
              <Button
                type="submit"
                loading={pending}
                disabled={!choices.data}
                leftSection={<IconFileText size={16} aria-hidden />}
              >
                Preview packet
              </Button>
            )}
          </Group>
        </Stack>
      </form>
      <ConfirmDialog
        opened={unsigned !== null}
        title="Release an unsigned note?"
        confirmLabel="Release marked PRELIMINARY"
        pending={prepare.pending}
        error={null}
        onConfirm={() => unsigned && void preparePacket({ ...unsigned.input, releasePreliminary: true })}
        onCancel={() => setUnsigned(null)}
      >
        {unsigned && unsigned.notes.length > 0 ? (
          <>
            {unsigned.notes.length === 1 ? 'This note is not signed: ' : 'These notes are not signed: '}
            <strong>{unsigned.notes.join('; ')}</strong>. {unsigned.notes.length === 1 ? 'It' : 'They'} will be printed
            marked PRELIMINARY. Release {unsigned.notes.length === 1 ? 'it' : 'them'} that way, or cancel and leave{' '}
            {unsigned.notes.length === 1 ? 'it' : 'them'} out.
          </>
        ) : (
          unsigned?.message
        )}
      </ConfirmDialog>
    </Modal>
  );
}
