import { useState } from 'react';
import type { UserDto } from '../../../../electron/contract';
import { ConfirmDialog } from '../../ui';
import { useSetUserActive } from './useSetUserActive';

interface SetActiveDialogProps {
  user: UserDto;
  onClose: () => void;
  onChanged: (user: UserDto) => void;
}

/** Confirms deactivating (or reactivating) an account; the server refuses to remove the last office manager. */
export function SetActiveDialog({ user, onClose, onChanged }: SetActiveDialogProps) {
  const { run: setActive, pending } = useSetUserActive();
  const [error, setError] = useState<string | null>(null);
  const activating = !user.active;

  const confirm = async () => {
    setError(null);
    const result = await setActive(user.id, activating);
    if (result.ok) onChanged(result.value);
    else setError(result.error.message);
  };

  return (
    <ConfirmDialog
      opened
      title={activating ? `Reactivate ${user.fullName}?` : `Deactivate ${user.fullName}?`}
      confirmLabel={activating ? 'Reactivate account' : 'Deactivate account'}
      danger={!activating}
      pending={pending}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {activating
        ? `${user.fullName} will be able to sign in again with their current password.`
        : `${user.fullName} will no longer be able to sign in. Everything they recorded stays in the charts and the audit report, and you can reactivate the account later.`}
    </ConfirmDialog>
  );
}
