import { Alert, Button, Group, Stack } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { FormAlert, PageHeader } from '../../../ui';
import { DiscardChangesModal } from '../form/DiscardChangesModal';
import { DraftStatus } from '../form/DraftStatus';
import { PatientForm } from '../form/PatientForm';
import { RevealOnMount } from '../form/RevealOnMount';
import { DuplicateWarningModal } from './DuplicateWarningModal';
import { PossibleDuplicatesAlert } from './PossibleDuplicatesAlert';
import { useRegistration } from './use-registration';

export interface RegisterPatientPageProps {
  onRegistered: (patientId: number) => void;
  onOpenExisting: (patientId: number) => void;
  onCancel: () => void;
}

/** Registering a new patient: every demographic field, duplicate checks, and a draft that survives a lock. */
export function RegisterPatientPage({ onRegistered, onOpenExisting, onCancel }: RegisterPatientPageProps) {
  const registration = useRegistration(onRegistered);
  const { form, dirty, draft, pending } = registration;
  const [confirmingCancel, setConfirmingCancel] = useState(false);

  const cancel = () => (dirty ? setConfirmingCancel(true) : onCancel());
  const discardAndLeave = async () => {
    setConfirmingCancel(false);
    await draft.discard();
    onCancel();
  };

  return (
    <Stack gap="sm" maw={1280}>
      <PageHeader
        title="Register a new patient"
        description="Fields marked * are required. Ctrl+Enter registers from any field."
        actions={<DraftStatus saving={draft.saving} dirty={dirty} />}
      />
      {registration.restoredDraft && (
        <Alert color="blue" variant="light" icon={<IconHistory size={18} aria-hidden />} p="xs">
          <Group justify="space-between" gap="xs">
            <span>Your unsaved registration from earlier is back, as you left it.</span>
            <Button size="compact-sm" variant="subtle" onClick={registration.startOver}>
              Start over with a blank form
            </Button>
          </Group>
        </Alert>
      )}
      <form
        noValidate
        onSubmit={registration.submit}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => registration.submit()]])}
        aria-label="New patient"
      >
        <PatientForm
          form={form}
          identityNotice={
            <PossibleDuplicatesAlert candidates={registration.earlyCandidates} onOpenExisting={onOpenExisting} />
          }
        />
        {registration.formError && (
          <RevealOnMount>
            <FormAlert message={registration.formError} title="Not registered" />
          </RevealOnMount>
        )}
        <Group justify="flex-end" gap="xs" mt="sm">
          <Button variant="default" onClick={cancel}>
            Cancel
          </Button>
          <Button type="submit" loading={registration.submitting}>
            Register patient
          </Button>
        </Group>
      </form>
      <DuplicateWarningModal
        candidates={pending?.candidates ?? null}
        submitting={registration.submitting}
        serverError={pending?.overrideError ?? null}
        onOpenExisting={onOpenExisting}
        onRegisterAnyway={registration.registerAnyway}
        onBack={registration.backToForm}
      />
      <DiscardChangesModal
        opened={confirmingCancel}
        what="registration"
        onKeep={() => setConfirmingCancel(false)}
        onDiscard={discardAndLeave}
      />
    </Stack>
  );
}
