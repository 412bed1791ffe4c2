import { Button, Group, Stack } from '@mantine/core';
import type { BackupInfoDto } from '../../../../../electron/contract';
import { BackupInfoView } from './BackupInfoView';

interface CheckStepProps {
  info: BackupInfoDto;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: what the file holds and whether it is intact. A damaged file goes no further. */
export function CheckStep({ info, onBack, onNext }: CheckStepProps) {
  return (
    <Stack gap="md">
      <BackupInfoView info={info} />
      <Group justify="space-between">
        <Button variant="default" onClick={onBack}>
          Choose another file
        </Button>
        {info.intact ? (
          <Button onClick={onNext} data-autofocus>
            Next: unlock it
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
