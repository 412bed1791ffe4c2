import { NativeSelect } from '@mantine/core';
import { type Control, useController } from 'react-hook-form';
import { type PatientFields, subscriberRelationships } from '../../../../../electron/contract';
import type { PatientFormValues } from '../model/form-values';

const labels: Record<(typeof subscriberRelationships)[number], string> = {
  self: 'Self',
  spouse: 'Spouse',
  child: 'Child',
  other: 'Other',
};

/** How the patient is related to the policy holder; "Self" when the patient holds the policy. */
export function RelationshipField({ control }: { control: Control<PatientFormValues, unknown, PatientFields> }) {
  const { field, fieldState } = useController({ control, name: 'insurance.subscriberRelationship' });
  return (
    <NativeSelect
      ref={field.ref}
      name={field.name}
      value={field.value ?? 'self'}
      onChange={(event) => field.onChange(event.currentTarget.value)}
      onBlur={field.onBlur}
      label="Patient's relationship to subscriber"
      data={subscriberRelationships.map((value) => ({ value, label: labels[value] }))}
      error={fieldState.error?.message}
      size="sm"
    />
  );
}
