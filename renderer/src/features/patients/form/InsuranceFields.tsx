import { Fieldset, SimpleGrid, Switch } from '@mantine/core';
import { useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { emptyInsurance, type InsuranceFormValues } from '../model/form-values';
import { DateField } from './DateField';
import { RelationshipField } from './RelationshipField';
import { TextField } from './TextField';
import type { PatientFormApi } from './use-patient-form';

/**
 * Primary insurance, or none for a self-pay patient. Turning the switch off records "no insurance"
 * (null); what was typed is kept aside so turning it back on does not make the user retype it.
 */
export function InsuranceFields({ form }: { form: PatientFormApi }) {
  const { control, setValue, getValues, clearErrors } = form;
  const insurance = useWatch({ control, name: 'insurance' });
  const setAside = useRef<InsuranceFormValues | null>(null);
  const hasInsurance = insurance !== null && insurance !== undefined;

  const toggle = (on: boolean) => {
    if (on) {
      setValue('insurance', setAside.current ?? emptyInsurance(), { shouldDirty: true });
      return;
    }
    setAside.current = getValues('insurance') ?? null;
    clearErrors('insurance');
    setValue('insurance', null, { shouldDirty: true });
  };

  return (
    <Fieldset legend="Primary insurance" variant="filled">
      <Switch
        label="Has insurance"
        description={hasInsurance ? undefined : 'Off: self-pay, no insurance on file.'}
        checked={hasInsurance}
        onChange={(event) => toggle(event.currentTarget.checked)}
        mb={hasInsurance ? 'sm' : 0}
      />
      {hasInsurance && (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          <TextField control={control} name="insurance.payerName" label="Insurance company" required />
          <TextField control={control} name="insurance.planName" label="Plan" />
          <TextField control={control} name="insurance.memberId" label="Member ID" required />
          <TextField control={control} name="insurance.groupNumber" label="Group number" />
          <RelationshipField control={control} />
          <TextField control={control} name="insurance.subscriberName" label="Subscriber name" />
          <DateField control={control} name="insurance.subscriberBirthDate" label="Subscriber date of birth" />
        </SimpleGrid>
      )}
    </Fieldset>
  );
}
