import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type Control, useController } from 'react-hook-form';
import type { PatientFields } from '../../../../../electron/contract';
import { dateShapeOf, describeDate, parseDateInput } from '../model/dates';
import type { PatientFormValues } from '../model/form-values';
import type { PatientTextPath } from './use-patient-form';

interface DateFieldProps {
  control: Control<PatientFormValues, unknown, PatientFields>;
  name: PatientTextPath;
  label: string;
  required?: boolean;
}

const hint = 'Any common form, e.g. 03/04/1980 or 1980-03-04';

/**
 * A date typed the way people type dates. The form holds YYYY-MM-DD as soon as the text is a real date
 * (an impossible date such as 02/30/1980 is held as 1980-02-30 and other text as typed, so the
 * schema explains what is wrong); on leaving the field the text is
 * rewritten as YYYY-MM-DD, and the date is spelled out below so a misread day and month is caught.
 */
export function DateField({ control, name, label, required = false }: DateFieldProps) {
  const { field, fieldState } = useController({ control, name });
  const value = field.value ?? '';
  const [text, setText] = useState(value);

  // Follow changes made from outside the field (a restored draft, a reset after saving).
  useEffect(() => {
    setText((current) => ((parseDateInput(current) ?? current) === value ? current : value));
  }, [value]);

  const understood = parseDateInput(text);
  return (
    <TextInput
      ref={field.ref}
      name={field.name}
      value={text}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        field.onChange(parseDateInput(typed) ?? dateShapeOf(typed) ?? typed);
      }}
      onBlur={() => {
        if (understood) setText(understood);
        field.onBlur();
      }}
      label={label}
      description={understood ? describeDate(understood) : hint}
      error={fieldState.error?.message}
      withAsterisk={required}
      aria-required={required || undefined}
      autoComplete="off"
      // Hints go under the input, so inputs in a row stay lined up whether or not they have one.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      inputMode="numeric"
      size="sm"
    />
  );
}
