import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { PatientDto } from '../../../../../electron/contract';
import { useAutosaveDraft } from '../../drafts';
import { type PatientFormValues, patientToFormValues, placeServerError, usePatientForm } from '../../patients';
import { useUpdatePatient } from '../hooks/use-update-patient';

/** A demographics draft remembers which version it was typed over, so restoring it cannot hide a newer save. */
interface DemographicsDraft {
  baseVersion: number;
  values: PatientFormValues;
}

interface EditorOptions {
  /** The open chart's patient; every save is for this id and no other. */
  patientId: number;
  patient: PatientDto;
  onSaved: (patient: PatientDto) => void;
  onReload: () => void;
}

/**
 * Editing demographics in the chart: the shared patient form, its draft (restored on opening the chart,
 * which reopens the editor), and saving with the version the user started from, so a save over someone
 * else's newer changes is refused and the user's input is kept.
 */
export const useDemographicsEditor = ({ patientId, patient, onSaved, onReload }: EditorOptions) => {
  const form = usePatientForm(patientToFormValues(patient));
  const values = useWatch({ control: form.control }) as PatientFormValues;
  const [editing, setEditing] = useState(false);
  const [baseVersion, setBaseVersion] = useState(patient.version);
  const [conflict, setConflict] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [restoredDraft, setRestoredDraft] = useState(false);
  const { save, saving } = useUpdatePatient(patientId);
  const dirty = editing && form.formState.isDirty;
  // The restore arrives later, asynchronously; it must compare against the version on screen then.
  const latestVersion = useRef(patient.version);
  useEffect(() => {
    latestVersion.current = patient.version;
  }, [patient.version]);

  const draft = useAutosaveDraft<DemographicsDraft>({
    key: `patients:${patientId}:demographics`,
    patientId,
    value: { baseVersion, values },
    dirty,
    onRestore: (restored) => {
      form.reset(restored.values, { keepDefaultValues: true });
      setBaseVersion(restored.baseVersion);
      setConflict(restored.baseVersion !== latestVersion.current);
      setEditing(true);
      setRestoredDraft(true);
    },
  });

  // Outside editing, the form mirrors the stored patient, so the next edit starts from what is on disk.
  useEffect(() => {
    if (editing) return;
    form.reset(patientToFormValues(patient));
    setBaseVersion(patient.version);
  }, [editing, patient, form]);

  const close = () => {
    setEditing(false);
    setConflict(false);
    setFormError(null);
    setRestoredDraft(false);
  };

  const discardChanges = async () => {
    await draft.discard();
    close();
  };

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    // Nothing changed: saving would only add an empty version to the history.
    if (!form.formState.isDirty) {
      await discardChanges();
      return;
    }
    const result = await save(baseVersion, fields);
    if (result.ok) {
      await discardChanges();
      onSaved(result.value);
      notifications.show({ color: 'teal', title: 'Demographics saved', message: 'The chart shows the new details.' });
    } else if (result.error.code === 'CONFLICT') {
      setConflict(true);
    } else if (!placeServerError(form, result.error)) {
      setFormError(result.error.message);
    }
  });

  /** After a conflict: drop this edit and show the other person's saved version. */
  const discardAndReload = async () => {
    await discardChanges();
    onReload();
  };

  return {
    form,
    editing,
    dirty,
    saving,
    conflict,
    formError,
    restoredDraft,
    draftSaving: draft.saving,
    startEditing: () => setEditing(true),
    submit,
    discardChanges,
    discardAndReload,
  };
};
