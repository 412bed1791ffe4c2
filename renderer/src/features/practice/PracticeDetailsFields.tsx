import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import type { PracticeDetailsValues } from './practice-form';

/**
 * The practice's name, address and numbers, used by the setup wizard and by practice settings.
 * Renders inside a react-hook-form FormProvider whose values include these fields.
 */
export function PracticeDetailsFields() {
  const {
    register,
    formState: { errors },
  } = useFormContext<PracticeDetailsValues>();
  return (
    <Stack gap="sm">
      <TextInput
        label="Practice name"
        description="As it should appear on printed records and letters."
        required
        autoComplete="organization"
        error={errors.name?.message}
        {...register('name')}
      />
      <TextInput
        label="Address line 1"
        autoComplete="address-line1"
        error={errors.addressLine1?.message}
        {...register('addressLine1')}
      />
      <TextInput
        label="Address line 2"
        autoComplete="address-line2"
        error={errors.addressLine2?.message}
        {...register('addressLine2')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput label="City" autoComplete="address-level2" error={errors.city?.message} {...register('city')} />
        <TextInput label="State" autoComplete="address-level1" error={errors.state?.message} {...register('state')} />
        <TextInput
          label="ZIP code"
          autoComplete="postal-code"
          error={errors.postalCode?.message}
          {...register('postalCode')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Phone" type="tel" autoComplete="tel" error={errors.phone?.message} {...register('phone')} />
        <TextInput label="Fax" type="tel" error={errors.fax?.message} {...register('fax')} />
      </SimpleGrid>
    </Stack>
  );
}
