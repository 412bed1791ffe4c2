import { Button, Paper, Stepper } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiError, BackupInfoDto } from '../../../../../electron/contract';
import { formatDateTime, PageHeader } from '../../../ui';
import { forgetBackupState } from '../backup-store';
import { useApplyRestore } from '../hooks/useApplyRestore';
import { useInspectBackup } from '../hooks/useInspectBackup';
import { useOpenLookup } from '../hooks/useOpenLookup';
import { CheckStep } from './CheckStep';
import { ChooseActionStep } from './ChooseActionStep';
import { ChooseFileStep } from './ChooseFileStep';
import { ConfirmRestoreModal } from './ConfirmRestoreModal';
import { restoredNotice } from './restore-notice';
import { UnlockStep } from './UnlockStep';
import { emptyUnlock, isUnlockError, toUnlock, type UnlockFormValues, unlockErrorField } from './unlock-form';

export interface RestorePageProps {
  /** A backup file chosen before the wizard opened (e.g. from the history table). */
  initialPath?: string;
  onCancel: () => void;
  /** The backup is open read-only: show the lookup screen. */
  onLookupOpened: (lookup: { lookupId: string; madeAt: string }) => void;
  /** The restore is done and every session has ended: show the sign-in screen with this notice. */
  onRestored: (notice: string) => void;
}

type UnlockError = { field: 'recoveryKey' | 'username' | 'password'; message: string };

/** The restore wizard (issue 3): pick a file, see it checked, unlock it, then restore or look something up. */
export function RestorePage({ initialPath = '', onCancel, onLookupOpened, onRestored }: RestorePageProps) {
  const [step, setStep] = useState(0);
  const [info, setInfo] = useState<BackupInfoDto | null>(null);
  const [unlock, setUnlock] = useState<UnlockFormValues>(emptyUnlock);
  const [unlockError, setUnlockError] = useState<UnlockError | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { run: inspect, pending: inspecting } = useInspectBackup();
  const { run: apply, pending: restoring } = useApplyRestore();
  const { run: openLookup, pending: opening } = useOpenLookup();

  const check = async (path: string): Promise<ApiError | null> => {
    const result = await inspect(path);
    if (!result.ok) return result.error;
    setInfo(result.value);
    setUnlockError(null);
    setActionError(null);
    setStep(1);
    return null;
  };

  /** A wrong key or password sends the user back to step 3 with the message beside the field. */
  const refused = (error: ApiError) => {
    if (isUnlockError(error)) {
      const field = unlockErrorField(error, unlock.method);
      setConfirming(false);
      // A wrong password is typed again from scratch; a recovery key keeps its text so one group can be corrected.
      if (field === 'password') setUnlock((current) => ({ ...current, password: '' }));
      setUnlockError({ field, message: error.message });
      setStep(2);
      return;
    }
    setActionError(error.message);
  };

  const lookUp = async () => {
    if (!info) return;
    setActionError(null);
    const result = await openLookup({ path: info.path, unlock: toUnlock(unlock) });
    if (result.ok) onLookupOpened({ lookupId: result.value.lookupId, madeAt: result.value.info.createdAt });
    else refused(result.error);
  };

  const restore = async () => {
    if (!info) return;
    setActionError(null);
    const result = await apply({ path: info.path, unlock: toUnlock(unlock) });
    if (!result.ok) {
      refused(result.error);
      return;
    }
    forgetBackupState();
    onRestored(
      restoredNotice({
        madeOn: formatDateTime(info.createdAt),
        practiceName: info.practiceName,
        previousKeptAt: result.value.previousKeptAt,
      }),
    );
  };

  return (
    <>
      <PageHeader
        title="Restore from a backup"
        description="Check a backup file, unlock it, then restore the practice from it or open it read-only."
        actions={
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={16} aria-hidden />}
            onClick={onCancel}
            disabled={restoring}
          >
            Back to Backups
          </Button>
        }
      />
      <Paper withBorder p="lg" radius="md" maw={960}>
        <Stepper
          active={step}
          size="sm"
          allowNextStepsSelect={false}
          onStepClick={(index) => {
            if (!restoring && !opening && index < step) setStep(index);
          }}
        >
          <Stepper.Step label="Backup file" description="Type or paste its path">
            <ChooseFileStep initialPath={info?.path ?? initialPath} pending={inspecting} onCheck={check} />
          </Stepper.Step>
          <Stepper.Step label="Check" description="Is it intact?">
            {info ? <CheckStep info={info} onBack={() => setStep(0)} onNext={() => setStep(2)} /> : null}
          </Stepper.Step>
          <Stepper.Step label="Unlock" description="Recovery key or password">
            {info ? (
              <UnlockStep
                initial={unlock}
                serverError={unlockError}
                currentKey={info.currentKey}
                onBack={() => setStep(1)}
                onNext={(values) => {
                  setUnlock(values);
                  setUnlockError(null);
                  setActionError(null);
                  setStep(3);
                }}
              />
            ) : null}
          </Stepper.Step>
          <Stepper.Step label="Restore or look up" description="Choose what to do">
            {info ? (
              <ChooseActionStep
                info={info}
                opening={opening}
                restoring={restoring}
                error={confirming ? null : actionError}
                onBack={() => setStep(2)}
                onRestore={() => {
                  setActionError(null);
                  setConfirming(true);
                }}
                onLookUp={() => void lookUp()}
              />
            ) : null}
          </Stepper.Step>
        </Stepper>
      </Paper>
      {confirming && info ? (
        <ConfirmRestoreModal
          info={info}
          pending={restoring}
          error={actionError}
          onConfirm={() => void restore()}
          onCancel={() => {
            setConfirming(false);
            setActionError(null);
          }}
        />
      ) : null}
    </>
  );
}
