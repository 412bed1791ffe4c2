import { Button } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import type { PatientDto } from '../../../../electron/contract';
import { ReleaseRecordsModal } from './ReleaseRecordsModal';

/**
 * "Release records", in the chart's banner so every role that may release records reaches it from
 * any section, the front desk included (they see no clinical section, only what a packet lists).
 */
export function ReleaseRecordsButton({ patient }: { patient: PatientDto }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="light"
        size="compact-sm"
        leftSection={<IconFileExport size={14} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        Release records
      </Button>
      {open && <ReleaseRecordsModal patient={patient} onClose={() => setOpen(false)} />}
    </>
  );
}
