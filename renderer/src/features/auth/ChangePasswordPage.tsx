import { PageHeader } from '../../ui';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ChangePasswordPage({ onDone }: { onDone: () => void }) {
  return (
    <>
      <PageHeader
        title="Change your password"
        description="You will use the new password the next time you sign in or unlock."
      />
      <ChangePasswordForm onDone={onDone} onCancel={onDone} />
    </>
  );
}
