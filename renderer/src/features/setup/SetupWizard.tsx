import { Button, Divider, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiError } from '../../../../electron/contract';
import { CenteredPanel, formatLongDate } from '../../ui';
import type { PracticeDetails } from '../practice';
import { type AdminAccount, AdminStep } from './AdminStep';
import { ConfirmKeyStep } from './ConfirmKeyStep';
import { PracticeStep } from './PracticeStep';
import { RecoveryKeyStep } from './RecoveryKeyStep';
import { RestoreFromBackup } from './RestoreFromBackup';
import { useInitialisePractice } from './useInitialisePractice';

interface CreatedPractice {
  practiceName: string;
  createdOn: string;
  groups: string[];
}

/**
 * First run: the practice, its first office manager, then the recovery key shown once and confirmed.
 * A replacement computer can instead bring the practice back from a backup and the recovery key.
 */
export function SetupWizard({ onFinished }: { onFinished: () => void }) {
  const [mode, setMode] = useState<'new' | 'restore'>('new');
  const [step, setStep] = useState(0);
  const [practice, setPractice] = useState<PracticeDetails | null>(null);
  const [created, setCreated] = useState<CreatedPractice | null>(null);
  const { run: initialise, pending } = useInitialisePractice();

  const createPractice = async (admin: AdminAccount): Promise<ApiError | null> => {
    if (!practice) return null;
    const result = await initialise({ practice, admin });
    if (!result.ok) return result.error;
    const { groups, recoveryKey } = result.value;
    setCreated({
      practiceName: practice.name,
      createdOn: formatLongDate(new Date()),
      groups: groups.length > 0 ? groups : recoveryKey.split(/[\s-]+/).filter(Boolean),
    });
    setStep(2);
    return null;
  };

  if (mode === 'restore') {
    return (
      <CenteredPanel width={720}>
        <Stack gap="lg">
          <Stack gap={2}>
            <Title order={1} size="h2">
              Restore Chartroom from a backup
            </Title>
            <Text size="sm" c="dimmed">
              The backup stays encrypted; only the practice recovery key opens it.
            </Text>
          </Stack>
          <RestoreFromBackup onCancel={() => setMode('new')} onFinished={onFinished} />
        </Stack>
      </CenteredPanel>
    );
  }

  return (
    <CenteredPanel width={880}>
      <Stack gap="lg">
        <Stack gap={2}>
          <Title order={1} size="h2">
            Set up Chartroom
          </Title>
          <Text size="sm" c="dimmed">
            The charts are kept encrypted on this computer. This takes a few minutes and is done once.
          </Text>
        </Stack>
        <Stepper active={step} size="sm">
          <Stepper.Step label="Practice" description="Name and address">
            <PracticeStep
              initial={practice}
              onNext={(details) => {
                setPractice(details);
                setStep(1);
              }}
            />
          </Stepper.Step>
          <Stepper.Step label="Office manager" description="The first account">
            <AdminStep pending={pending} onBack={() => setStep(0)} onCreate={createPractice} />
          </Stepper.Step>
          <Stepper.Step label="Recovery key" description="Print and store it">
            {created ? (
              <RecoveryKeyStep
                practiceName={created.practiceName}
                createdOn={created.createdOn}
                groups={created.groups}
                onNext={() => setStep(3)}
              />
            ) : null}
          </Stepper.Step>
          <Stepper.Step label="Check the key" description="Type two groups back">
            {created ? (
              <ConfirmKeyStep groups={created.groups} onBack={() => setStep(2)} onConfirmed={onFinished} />
            ) : null}
          </Stepper.Step>
        </Stepper>
        {step === 0 ? (
          <Stack gap="xs" align="flex-start">
            <Divider label="Replacing a computer, or the charts were lost?" labelPosition="left" w="100%" />
            <Button
              variant="subtle"
              leftSection={<IconRestore size={16} aria-hidden />}
              onClick={() => setMode('restore')}
            >
              Restore from a backup instead
            </Button>
          </Stack>
        ) : null}
      </Stack>
    </CenteredPanel>
  );
}
