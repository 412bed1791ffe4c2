import { Fieldset, SimpleGrid } from '@mantine/core';
import { TextField } from './TextField';
import type { PatientFormApi } from './use-patient-form';

export function AddressFields({ form }: { form: PatientFormApi }) {
  const { control } = form;
  return (
    <Fieldset legend="Address" variant="filled">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
        <TextField control={control} name="address.line1" label="Address line 1" />
        <TextField control={control} name="address.line2" label="Address line 2" />
        <TextField control={control} name="address.city" label="City" />
        <TextField control={control} name="address.state" label="State" />
        <TextField control={control} name="address.postalCode" label="ZIP code" />
        <TextField control={control} name="address.country" label="Country" />
      </SimpleGrid>
    </Fieldset>
  );
}
