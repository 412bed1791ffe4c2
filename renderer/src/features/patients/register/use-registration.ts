import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { PatientFields, PatientSummary } from '../../../../../electron/contract';
import { useAutosaveDraft } from '../../drafts';
import { placeServerError } from '../form/server-errors';
import { usePatientForm } from '../form/use-patient-form';
import { useCheckDuplicates } from '../hooks/use-check-duplicates';
import { type RegisterOutcome, useRegisterPatient } from '../hooks/use-register-patient';
import { emptyPatientValues, type PatientFormValues } from '../model/form-values';
import { patientName } from '../model/names';

interface PendingDuplicates {
  patient: PatientFields;
  candidates: PatientSummary[];
  overrideError: string | null;
}

/**
 * The registration screen's state: the form and its draft, the early duplicate check, and the
 * register / "register anyway" round trips with the server.
 */
export const useRegistration = (onRegistered: (patientId: number) => void) => {
  const form = usePatientForm(emptyPatientValues());
  const values = useWatch({ control: form.control }) as PatientFormValues;
  const dirty = form.formState.isDirty;
  const [restoredDraft, setRestoredDraft] = useState(false);
  const draft = useAutosaveDraft<PatientFormValues>({
    key: 'patients:register',
    patientId: null,
    value: values,
    dirty,
    // Keep the blank form as the baseline, so restored input still counts as unsaved.
    onRestore: (restored) => {
      form.reset(restored, { keepDefaultValues: true });
      setRestoredDraft(true);
    },
  });
  const duplicates = useCheckDuplicates(values);
  const { register, submitting } = useRegisterPatient();
  const [pending, setPending] = useState<PendingDuplicates | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const settle = async (patient: PatientFields, outcome: RegisterOutcome, overriding: boolean) => {
    if (outcome.status === 'registered') {
      await draft.discard();
      notifications.show({
        color: 'teal',
        title: 'Patient registered',
        message: `${patientName(outcome.patient)}: MRN ${outcome.patient.mrn}`,
        autoClose: 8000,
      });
      onRegistered(outcome.patient.id);
    } else if (outcome.status === 'possible-duplicates') {
      setPending({ patient, candidates: outcome.candidates, overrideError: null });
    } else if (overriding && outcome.error.field?.startsWith('duplicateOverride')) {
      setPending((current) => current && { ...current, overrideError: outcome.error.message });
    } else {
      setPending(null);
      if (!placeServerError(form, outcome.error)) setFormError(outcome.error.message);
    }
  };

  const submit = form.handleSubmit(async (patient) => {
    setFormError(null);
    await settle(patient, await register(patient), false);
  });

  const registerAnyway = async (reason: string) => {
    if (!pending) return;
    await settle(pending.patient, await register(pending.patient, reason), true);
  };

  const startOver = async () => {
    await draft.discard();
    form.reset(emptyPatientValues());
    setFormError(null);
    setRestoredDraft(false);
  };

  return {
    form,
    dirty,
    draft,
    restoredDraft,
    earlyCandidates: duplicates.candidates,
    submitting,
    pending,
    formError,
    submit,
    registerAnyway,
    backToForm: () => setPending(null),
    startOver,
  };
};
