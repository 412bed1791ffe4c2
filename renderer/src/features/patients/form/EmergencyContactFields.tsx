import { Fieldset, SimpleGrid } from '@mantine/core';
import { SuggestField } from './SuggestField';
import { relationshipSuggestions } from './suggestions';
import { TextField } from './TextField';
import type { PatientFormApi } from './use-patient-form';

export function EmergencyContactFields({ form }: { form: PatientFormApi }) {
  const { control } = form;
  return (
    <Fieldset legend="Emergency contact" variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
        <TextField control={control} name="emergencyContact.name" label="Name" />
        <SuggestField
          control={control}
          name="emergencyContact.relationship"
          label="Relationship"
          suggestions={relationshipSuggestions}
        />
        <TextField control={control} name="emergencyContact.phone" label="Phone" type="tel" />
      </SimpleGrid>
    </Fieldset>
  );
}
