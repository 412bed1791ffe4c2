import { Group, Radio } from '@mantine/core';
import { type Control, useController } from 'react-hook-form';
import { type PatientFields, sexes, sexLabels } from '../../../../../electron/contract';
import type { PatientFormValues } from '../model/form-values';

/** The sex recorded for the patient: four choices shown at once, picked with the arrow keys. */
export function SexField({ control }: { control: Control<PatientFormValues, unknown, PatientFields> }) {
  const { field, fieldState } = useController({ control, name: 'sex' });
  return (
    <Radio.Group
      name={field.name}
      value={field.value ?? null}
      onChange={(value) => field.onChange(value)}
      label="Sex"
      withAsterisk
      error={fieldState.error?.message}
      size="sm"
      mt="xs"
    >
      <Group gap="md" mt={6}>
        {sexes.map((sex, index) => (
          <Radio
            key={sex}
            value={sex}
            label={sexLabels[sex]}
            ref={index === 0 ? field.ref : undefined}
            onBlur={field.onBlur}
          />
        ))}
      </Group>
    </Radio.Group>
  );
}
