import { Alert, Badge, Button, Group, List, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import type { FaceSheetDto } from '../../../../../electron/contract';
import { chartPaint, formatDateTime, usePaintTiming } from '../../../ui';
import { AllergyLine } from '../banner/AllergyLine';
import type { ChartContext } from '../chart-context';
import { AppointmentsCard } from './AppointmentsCard';
import { FaceSheetCard } from './FaceSheetCard';
import { LabsCard } from './LabsCard';
import { NotesCard } from './NotesCard';
import { useFaceSheet } from './use-face-sheet';
import { VitalsCard } from './VitalsCard';

const none = (words: string) => (
  <Text size="sm" c="dimmed">
    {words}
  </Text>
);

/**
 * The chart's first screen (issue 4): the summary a clinician reads before walking into the room.
 * Everything comes from one call; each box leads to its full section.
 */
export function FaceSheet({ chart }: { chart: ChartContext }) {
  const sheet = useFaceSheet(chart.patientId, chart.openingFaceSheet);
  usePaintTiming(chartPaint, chart.patientId, sheet.data !== null);
  if (!sheet.data) {
    return sheet.error ? (
      <Alert color="red" variant="light" title="The face sheet could not be shown">
        <Group justify="space-between" gap="xs">
          <span>{sheet.error}</span>
          <Button size="compact-sm" variant="default" onClick={() => void sheet.reload()}>
            Try again
          </Button>
        </Group>
      </Alert>
    ) : (
      <Group gap="xs">
        <Loader size="xs" aria-hidden />
        <Text size="sm" c="dimmed">
          Loading the face sheet…
        </Text>
      </Group>
    );
  }
  const data = sheet.data;
  const open = chart.openSection;
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm" aria-label="Face sheet">
      <FaceSheetCard title="Active problems" onOpen={() => open('problems')}>
        {data.problems.length === 0 ? (
          none('No active problems.')
        ) : (
          <List size="sm" spacing={2}>
            {data.problems.map((p) => (
              <List.Item key={p.id}>
                <Text span size="sm" fw={600}>
                  {p.code}
                </Text>{' '}
                {p.description}
                {p.onset && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    since {p.onset}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
      </FaceSheetCard>

      <FaceSheetCard title="Active medications" onOpen={() => open('medications')}>
        <MedicationsSummary data={data} />
      </FaceSheetCard>

      <FaceSheetCard title="Allergies" onOpen={() => open('allergies')}>
        <AllergyLine allergies={chart.patient.allergies} />
      </FaceSheetCard>

      <VitalsCard vitals={data.vitals} birthDate={chart.patient.birthDate} onOpen={() => open('vitals')} />
      <LabsCard labs={data.labs} onOpen={() => open('labs')} />
      <NotesCard notes={data.notes} encounterCount={data.encounterCount} onOpen={() => open('encounters')} />

      <AppointmentsCard patientId={chart.patientId} next={data.nextAppointment} />
    </SimpleGrid>
  );
}

function MedicationsSummary({ data }: { data: FaceSheetDto }) {
  const review = data.medicationReview;
  return (
    <Stack gap={6}>
      {data.medications.length === 0 ? (
        none('No active medications.')
      ) : (
        <List size="sm" spacing={2}>
          {data.medications.map((m) => (
            <List.Item key={m.id}>
              <Text span size="sm" fw={600}>
                {m.name}
              </Text>
              {[m.strength, m.dose, m.frequency].filter(Boolean).length > 0 &&
                ` ${[m.strength, m.dose, m.frequency].filter(Boolean).join(', ')}`}
              {!m.coded && (
                <Badge ml={6} size="xs" variant="outline" color="gray">
                  Uncoded
                </Badge>
              )}
              {m.status === 'on-hold' && (
                <Badge ml={6} size="xs" variant="outline" color="orange">
                  On hold
                </Badge>
              )}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="dimmed">
        {review.at ? `List reviewed ${formatDateTime(review.at)} by ${review.by}` : 'List never reviewed'}
      </Text>
    </Stack>
  );
}
