import { useState } from 'react';
import type { PatientDto, PatientFields, Result } from '../../../../../electron/contract';
import { api } from '../../../platform';

/**
 * Saves demographics for the patient whose chart is open. The patient id is fixed when the chart opens,
 * never taken from the form, and the version says which copy the user edited, so the server refuses
 * (CONFLICT) a save made over someone else's newer changes.
 */
export const useUpdatePatient = (patientId: number) => {
  const [saving, setSaving] = useState(false);

  const save = async (expectedVersion: number, patient: PatientFields): Promise<Result<PatientDto>> => {
    setSaving(true);
    try {
      return await api.patients.update({ patientId, expectedVersion, patient });
    } finally {
      setSaving(false);
    }
  };

  return { save, saving };
};
