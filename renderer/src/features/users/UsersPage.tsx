import { Alert, Button, Loader } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { UserDto } from '../../../../electron/contract';
import { PageHeader } from '../../ui';
import { useSession } from '../auth';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { SetActiveDialog } from './SetActiveDialog';
import { UsersTable } from './UsersTable';
import { useUsers } from './useUsers';

type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserDto }
  | { kind: 'reset-password'; user: UserDto }
  | { kind: 'set-active'; user: UserDto };

const byName = (a: UserDto, b: UserDto) => a.fullName.localeCompare(b.fullName);

export function UsersPage() {
  const users = useUsers();
  const session = useSession();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const replaceUser = (changed: UserDto) => {
    users.setData((current) => {
      const others = (current ?? []).filter((user) => user.id !== changed.id);
      return [...others, changed].sort(byName);
    });
    close();
  };

  return (
    <>
      <PageHeader
        title="Staff accounts"
        description="Who can sign in, and what their role lets them do. Accounts are deactivated, never deleted, so the audit trail stays whole."
        actions={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
            Add staff member
          </Button>
        }
      />
      {users.error ? (
        <Alert color="red" title="Could not load the staff accounts" mb="md">
          {users.error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void users.reload()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {users.data ? (
        <UsersTable
          users={[...users.data].sort(byName)}
          currentUserId={session?.user.id ?? null}
          onEdit={(user) => setDialog({ kind: 'edit', user })}
          onResetPassword={(user) => setDialog({ kind: 'reset-password', user })}
          onSetActive={(user) => setDialog({ kind: 'set-active', user })}
        />
      ) : users.loading ? (
        <Loader size="sm" aria-label="Loading staff accounts" />
      ) : null}

      {dialog?.kind === 'create' ? (
        <CreateUserModal
          onClose={close}
          onCreated={(user) => {
            replaceUser(user);
            notifications.show({
              color: 'green',
              title: 'Account created',
              message: `${user.fullName} can now sign in as ${user.username} with the temporary password.`,
            });
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? <EditUserModal user={dialog.user} onClose={close} onSaved={replaceUser} /> : null}
      {dialog?.kind === 'reset-password' ? (
        <ResetPasswordModal
          user={dialog.user}
          onClose={close}
          onDone={() => {
            replaceUser({ ...dialog.user, mustChangePassword: true });
            notifications.show({
              color: 'green',
              title: 'Password reset',
              message: `${dialog.user.fullName} must choose a new password when they next sign in.`,
            });
          }}
        />
      ) : null}
      {dialog?.kind === 'set-active' ? (
        <SetActiveDialog user={dialog.user} onClose={close} onChanged={replaceUser} />
      ) : null}
    </>
  );
}
