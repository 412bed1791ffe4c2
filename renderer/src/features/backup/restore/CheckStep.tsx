import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { BackupInfoDto } from '../../../../../electron/contract';
import { BackupInfoView } from './BackupInfoView';

interface CheckStepProps {
  info: BackupInfoDto;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2: what the file holds and whether it is intact. A damaged file goes no further. */
export function CheckStep({ info, onBack, onNext }: CheckStepProps) {
  const nextRef = useRef<HTMLButtonElement>(null);
  const backRef = useRef<HTMLButtonElement>(null);
  // The button that started this step is gone: put focus on the way forward, or back when there is none.
  useEffect(() => {
    (info.intact ? nextRef : backRef).current?.focus();
  }, [info.intact]);
  return (
    <Stack gap="md">
      <BackupInfoView info={info} />
      <Group justify="space-between">
        <Button ref={backRef} variant="default" onClick={onBack}>
          Choose another file
        </Button>
        {info.intact ? (
          <Button ref={nextRef} onClick={onNext}>
            Next: unlock it
          </Button>
        ) : null}
      </Group>
    </Stack>
  );
}
