import { Button, Group, Text, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { type PatientDto, sexLabels } from '../../../../../electron/contract';
import { ageText, formatDate, patientName, preferredNameOf } from '../../patients';
import { AllergyLine } from './AllergyLine';
import classes from './PatientBanner.module.css';

interface PatientBannerProps {
  patient: PatientDto;
  onClose: () => void;
  /** What the user may do with the whole chart from any section, e.g. release records. */
  actions?: ReactNode;
}

/** Who this chart is about, always in view: name, age, sex, date of birth, MRN and allergies. */
export function PatientBanner({ patient, onClose, actions }: PatientBannerProps) {
  const preferred = preferredNameOf(patient);
  const age = ageText(patient.birthDate);
  return (
    <section className={classes.banner} aria-label={`Patient: ${patientName(patient)}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <div>
          <Group gap="sm" align="baseline">
            <Title order={1} size="h3">
              {patientName(patient)}
            </Title>
            {preferred && (
              <Text size="sm" c="dimmed">
                goes by <strong>{preferred}</strong>
              </Text>
            )}
          </Group>
          <dl className={classes.facts}>
            {age && (
              <div className={classes.fact}>
                <dt>Age</dt>
                <dd>{age}</dd>
              </div>
            )}
            <div className={classes.fact}>
              <dt>Sex</dt>
              <dd>{sexLabels[patient.sex]}</dd>
            </div>
            <div className={classes.fact}>
              <dt>DOB</dt>
              <dd>{formatDate(patient.birthDate)}</dd>
            </div>
            <div className={classes.fact}>
              <dt>MRN</dt>
              <dd>{patient.mrn}</dd>
            </div>
            {patient.pronouns && (
              <div className={classes.fact}>
                <dt>Pronouns</dt>
                <dd>{patient.pronouns}</dd>
              </div>
            )}
          </dl>
          <AllergyLine allergies={patient.allergies} />
        </div>
        <Group gap="xs" wrap="nowrap">
          {actions}
          <Button
            variant="subtle"
            color="gray"
            size="compact-sm"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={onClose}
          >
            Close chart
          </Button>
        </Group>
      </Group>
    </section>
  );
}
