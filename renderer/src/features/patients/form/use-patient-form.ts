import { zodResolver } from '@hookform/resolvers/zod';
import { type DefaultValues, type FieldPathByValue, type UseFormReturn, useForm } from 'react-hook-form';
import { type PatientFields, patientInputSchema } from '../../../../../electron/contract';
import type { PatientFormValues } from '../model/form-values';

export type PatientFormApi = UseFormReturn<PatientFormValues, unknown, PatientFields>;
export type PatientTextPath = FieldPathByValue<PatientFormValues, string | undefined>;

/**
 * The form behind registration and demographics editing. It validates with the contract's own schema,
 * so every message the user sees here is the one the server would give for the same input.
 */
export const usePatientForm = (defaultValues: DefaultValues<PatientFormValues>): PatientFormApi =>
  useForm<PatientFormValues, unknown, PatientFields>({
    resolver: zodResolver(patientInputSchema),
    defaultValues,
    mode: 'onTouched',
  });
