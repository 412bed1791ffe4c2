import { TextInput } from '@mantine/core';
import { type Control, useController } from 'react-hook-form';
import type { PatientFields } from '../../../../../electron/contract';
import type { PatientFormValues } from '../model/form-values';
import type { PatientTextPath } from './use-patient-form';

interface TextFieldProps {
  control: Control<PatientFormValues, unknown, PatientFields>;
  name: PatientTextPath;
  label: string;
  required?: boolean;
  type?: 'text' | 'email' | 'tel';
  description?: string;
}

/** One text input of the patient form, wired to the form state and showing its own validation message. */
export function TextField({ control, name, label, required = false, type = 'text', description }: TextFieldProps) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextInput
      ref={field.ref}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      label={label}
      type={type}
      description={description}
      error={fieldState.error?.message}
      withAsterisk={required}
      aria-required={required || undefined}
      // A patient's details must never be filled from the browser's memory of someone else's.
      autoComplete="off"
      // Hints go under the input, so inputs in a row stay lined up whether or not they have one.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      size="sm"
    />
  );
}
