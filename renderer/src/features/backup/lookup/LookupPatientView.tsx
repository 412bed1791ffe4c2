import { Alert, Button, DataList, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { type PatientDto, sexLabels } from '../../../../../electron/contract';
import { formatDate, patientName } from '../../patients';
import { useLookupPatient } from '../hooks/useLookupPatient';

const joined = (...parts: string[]) => parts.filter(Boolean).join(' ');
const relationshipLabels = { self: 'Self', spouse: 'Spouse', child: 'Child', other: 'Other' } as const;

interface Item {
  label: string;
  value: string;
}

/** The demographics of the backup's copy, grouped as the chart shows them; blank values say so. */
const groupsOf = (patient: PatientDto): { title: string; items: Item[] }[] => {
  const { address, emergencyContact, insurance } = patient;
  return [
    {
      title: 'Identity',
      items: [
        { label: 'MRN', value: patient.mrn },
        {
          label: 'Legal name',
          value: joined(patient.legalGivenName, patient.legalMiddleName, patient.legalFamilyName, patient.suffix),
        },
        { label: 'Preferred name', value: patient.preferredName },
        { label: 'Date of birth', value: formatDate(patient.birthDate) },
        { label: 'Sex', value: sexLabels[patient.sex] },
        { label: 'Gender identity', value: patient.genderIdentity },
        { label: 'Pronouns', value: patient.pronouns },
      ],
    },
    {
      title: 'Contact',
      items: [
        { label: 'Mobile phone', value: patient.mobilePhone },
        { label: 'Home phone', value: patient.homePhone },
        { label: 'Work phone', value: patient.workPhone },
        { label: 'Email', value: patient.email },
        { label: 'Preferred language', value: patient.preferredLanguage },
        {
          label: 'Address',
          value: [
            address.line1,
            address.line2,
            [address.city, joined(address.state, address.postalCode)].filter(Boolean).join(', '),
            address.country,
          ]
            .filter(Boolean)
            .join('\n'),
        },
      ],
    },
    {
      title: 'Emergency contact',
      items: [
        { label: 'Name', value: emergencyContact.name },
        { label: 'Relationship', value: emergencyContact.relationship },
        { label: 'Phone', value: emergencyContact.phone },
      ],
    },
    {
      title: 'Primary insurance',
      items: insurance
        ? [
            { label: 'Insurance company', value: insurance.payerName },
            { label: 'Plan', value: insurance.planName },
            { label: 'Member ID', value: insurance.memberId },
            { label: 'Group number', value: insurance.groupNumber },
            { label: 'Relationship to subscriber', value: relationshipLabels[insurance.subscriberRelationship] },
            { label: 'Subscriber name', value: insurance.subscriberName },
            {
              label: 'Subscriber DOB',
              value: insurance.subscriberBirthDate ? formatDate(insurance.subscriberBirthDate) : '',
            },
          ]
        : [{ label: 'Insurance', value: 'None on file (self-pay)' }],
    },
    {
      title: 'Allergies',
      items: [
        {
          label: 'Recorded',
          value:
            patient.allergies.state === 'no-known-allergies'
              ? 'No known allergies'
              : patient.allergies.state === 'recorded'
                ? patient.allergies.summary.join(', ')
                : '',
        },
      ],
    },
  ];
};

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
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm" verticalSpacing="sm">
            {groupsOf(state.patient).map((group) => (
              <Paper key={group.title} withBorder p="sm" radius="sm">
                <Title order={3} size="h6" mb={6}>
                  {group.title}
                </Title>
                <DataList size="sm" gap={4} labelWidth="11rem">
                  {group.items.map((item) => (
                    <DataList.Item key={item.label}>
                      <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
                      <DataList.ItemValue>
                        {item.value ? (
                          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                            {item.value}
                          </Text>
                        ) : (
                          <Text size="sm" c="dimmed">
                            Not recorded
                          </Text>
                        )}
                      </DataList.ItemValue>
                    </DataList.Item>
                  ))}
                </DataList>
              </Paper>
            ))}
          </SimpleGrid>
        </>
      ) : null}
    </Stack>
  );
}
