import { useState } from 'react';
import type { ApiError, PatientDto, PatientFields, PatientSummary } from '../../../../../electron/contract';
import { api } from '../../../platform';

export type RegisterOutcome =
  | { status: 'registered'; patient: PatientDto }
  | { status: 'possible-duplicates'; candidates: PatientSummary[] }
  | { status: 'failed'; error: ApiError };

/**
 * Registers a patient. The server refuses a likely duplicate unless the user has seen the candidates and
 * given a reason (`overrideReason`), which it keeps with the new record.
 */
export const useRegisterPatient = () => {
  const [submitting, setSubmitting] = useState(false);

  const register = async (patient: PatientFields, overrideReason?: string): Promise<RegisterOutcome> => {
    setSubmitting(true);
    try {
      const result = await api.patients.register(
        overrideReason === undefined ? { patient } : { patient, duplicateOverride: { reason: overrideReason } },
      );
      return result.ok ? result.value : { status: 'failed', error: result.error };
    } finally {
      setSubmitting(false);
    }
  };

  return { register, submitting };
};
