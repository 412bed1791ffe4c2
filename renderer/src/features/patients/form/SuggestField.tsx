import { Autocomplete } from '@mantine/core';
import { type Control, useController } from 'react-hook-form';
import type { PatientFields } from '../../../../../electron/contract';
import type { PatientFormValues } from '../model/form-values';
import type { PatientTextPath } from './use-patient-form';

interface SuggestFieldProps {
  control: Control<PatientFormValues, unknown, PatientFields>;
  name: PatientTextPath;
  label: string;
  suggestions: readonly string[];
}

/** Free text with common answers offered as the user types; any other answer is accepted as typed. */
export function SuggestField({ control, name, label, suggestions }: SuggestFieldProps) {
  const { field, fieldState } = useController({ control, name });
  return (
    <Autocomplete
      ref={field.ref}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      label={label}
      data={[...suggestions]}
      error={fieldState.error?.message}
      // Tabbing through the form should not pop a list open on every field.
      openOnFocus={false}
      autoComplete="off"
      size="sm"
    />
  );
}
