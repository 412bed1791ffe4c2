import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { PatientDto } from '../../../../../electron/contract';
import { type DemographicsGroup, DemographicsView } from '../../chart';
import { patientName } from '../../patients';
import { useLookupPatient } from '../hooks/useLookupPatient';

/** What the chart shows in its banner, shown here beside the demographics. */
const backupRecord = (patient: PatientDto): DemographicsGroup => ({
  title: 'Backup record',
  items: [
    { label: 'MRN', value: patient.mrn },
    {
      label: 'Allergies',
      value:
        patient.allergies.state === 'no-known-allergies'
          ? 'No known allergies'
          : patient.allergies.state === 'recorded'
            ? patient.allergies.summary.join(', ')
            : '',
    },
  ],
});

interface LookupPatientViewProps {
  lookupId: string;
  patientId: number;
  onBack: () => void;
}

/** One patient as the backup holds them: read only, no edit controls anywhere. */
export function LookupPatientView({ lookupId, patientId, onBack }: LookupPatientViewProps) {
  const state = useLookupPatient(lookupId, patientId);
  const backRef = useRef<HTMLButtonElement>(null);
  // The result that was clicked is gone: keep keyboard focus on this view, at its way back.
  useEffect(() => {
    backRef.current?.focus();
  }, []);
  return (
    <Stack gap="sm">
      <Group>
        <Button
          ref={backRef}
          variant="default"
          size="sm"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
          onClick={onBack}
        >
          Back to the search results
        </Button>
      </Group>
      {state.kind === 'loading' ? <Loader size="sm" aria-label="Loading the patient from the backup" /> : null}
      {state.kind === 'failed' ? (
        <Alert color="red" title="Could not read this patient from the backup">
          {state.message}
        </Alert>
      ) : null}
      {state.kind === 'loaded' ? (
        <>
          <Title order={2} size="h4">
            {patientName(state.patient)}
            <Text span size="sm" c="dimmed" fw={400} ff="monospace">
              {'  '}MRN {state.patient.mrn}
            </Text>
          </Title>
          <DemographicsView patient={state.patient} extraGroups={[backupRecord(state.patient)]} />
        </>
      ) : null}
    </Stack>
  );
}
