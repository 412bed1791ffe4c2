import type { FieldPath } from 'react-hook-form';
import type { ApiError } from '../../../../../electron/contract';
import { type PatientFormValues, patientFieldPaths } from '../model/form-values';
import type { PatientFormApi } from './use-patient-form';

/**
 * Puts a server error beside the field it names and focuses that field. The server names fields by
 * their path in the request ("patient.address.city"); the form knows them without the envelope.
 * Returns false when the error is about no field the form shows, so the caller shows it above the form.
 */
export const placeServerError = (form: PatientFormApi, error: ApiError): boolean => {
  const path = error.field?.replace(/^patient\./, '');
  if (!path || !patientFieldPaths.has(path)) return false;
  form.setError(
    path as FieldPath<PatientFormValues>,
    { type: 'server', message: error.message },
    { shouldFocus: true },
  );
  return true;
};
