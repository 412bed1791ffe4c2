import { Badge, Card, Group, Radio, Stack, Text } from '@mantine/core';
import { matchReasonLabels } from '../../../../../electron/contract';
import { formatCalendarDate } from '../../../ui';
import {
  type BundlePatient,
  type Choice,
  createChoice,
  mergeChoice,
  resourceCountsText,
  skipChoice,
} from './duplicate-decisions';

interface BundlePatientReviewProps {
  patient: BundlePatient;
  choice: Choice | null;
  disabled: boolean;
  onChoose: (choice: Choice) => void;
}

/** FHIR writes administrative gender in lower case ("female"); staff read it as a word in a sentence. */
const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** FHIR allows a year or a month alone as a birth date; only a full date is reformatted. */
const dateOrDash = (date: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatCalendarDate(date) : date || '—';

/** One patient of the bundle: who they are, what comes with them, and — when a chart may already be theirs — the decision. */
export function BundlePatientReview({ patient, choice, disabled, onChoose }: BundlePatientReviewProps) {
  const title = patient.name || 'Unnamed patient';
  return (
    <Card withBorder padding="sm" component="section" aria-label={`Bundle patient ${title}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{title}</Text>
          {patient.matches.length > 0 ? (
            <Badge color="orange" variant="light">
              {patient.matches.length === 1 ? 'Possible duplicate' : `${patient.matches.length} possible duplicates`}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              New to this practice
            </Badge>
          )}
        </Group>
        <Text size="sm">
          Born {dateOrDash(patient.birthDate)} · Sex {capitalised(patient.sex) || '—'}
          {patient.identifiers.length > 0 ? ` · ${patient.identifiers.join(', ')}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          Comes with: {resourceCountsText(patient.resourceCounts)}
        </Text>
        {patient.matches.length > 0 ? (
          <Radio.Group
            label="Already in Chartroom?"
            description={
              choice === null ? 'A chart here looks like the same person. Choose what to do before importing.' : null
            }
            value={choice}
            onChange={onChoose}
            required
          >
            <Stack gap={6} mt="xs">
              {patient.matches.map((match) => (
                <Radio
                  key={match.patientId}
                  value={mergeChoice(match.patientId)}
                  disabled={disabled}
                  label={`Add to ${match.name} (MRN ${match.mrn}, born ${dateOrDash(match.birthDate)})`}
                  description={matchReasonLabels[match.reason]}
                />
              ))}
              <Radio value={createChoice} disabled={disabled} label="Add as a new patient" />
              <Radio value={skipChoice} disabled={disabled} label="Skip this patient" />
            </Stack>
          </Radio.Group>
        ) : (
          <Radio.Group label="Import" value={choice} onChange={onChoose}>
            <Group gap="md" mt={4}>
              <Radio value={createChoice} disabled={disabled} label="Add as a new patient" />
              <Radio value={skipChoice} disabled={disabled} label="Skip this patient" />
            </Group>
          </Radio.Group>
        )}
      </Stack>
    </Card>
  );
}
