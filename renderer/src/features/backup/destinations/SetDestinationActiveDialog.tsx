import { useState } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { ConfirmDialog } from '../../../ui';
import { useUpdateDestination } from '../hooks/useUpdateDestination';

type Destination = OutputOf<'backup.listDestinations'>[number];

interface SetDestinationActiveDialogProps {
  destination: Destination;
  /** How many destinations are in use now, to warn before the last one is retired. */
  activeCount: number;
  onClose: () => void;
  onChanged: (destination: Destination) => void;
}

/** Retire a destination (backups stop going there; files already there are left alone) or use it again. */
export function SetDestinationActiveDialog({
  destination,
  activeCount,
  onClose,
  onChanged,
}: SetDestinationActiveDialogProps) {
  const { run: update, pending } = useUpdateDestination();
  const [error, setError] = useState<string | null>(null);
  const retiring = destination.active;

  const confirm = async () => {
    setError(null);
    const result = await update({
      destinationId: destination.id,
      label: destination.label,
      offsite: destination.offsite,
      active: !retiring,
    });
    if (result.ok) onChanged(result.value);
    else setError(result.error.message);
  };

  return (
    <ConfirmDialog
      opened
      title={retiring ? `Retire ${destination.label}?` : `Back up to ${destination.label} again?`}
      confirmLabel={retiring ? 'Retire destination' : 'Use again'}
      danger={retiring}
      pending={pending}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {retiring
        ? `Chartroom will stop backing up to ${destination.path}. Backup files already there are not deleted and can still be restored from.${
            activeCount <= 1
              ? ' This is the only destination in use: nothing will be backed up until you add another.'
              : ''
          }`
        : `Chartroom will back up to ${destination.path} again, starting with the next backup. The folder must be connected and writable then.`}
    </ConfirmDialog>
  );
}
