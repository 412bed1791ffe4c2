import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { IconUser } from '@tabler/icons-react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import { disclosurePurposeLabels, disclosurePurposes, type PatientDto } from '../../../../electron/contract';
import { patientAsRecipient, type ReleaseFormValues } from './release-form';

interface RecipientFieldsProps {
  form: UseFormReturn<ReleaseFormValues>;
  patient: PatientDto;
}

/** Who receives the records and why: the recipient (or the patient, in one click) and the purpose. */
export function RecipientFields({ form, patient }: RecipientFieldsProps) {
  const { register, setValue, clearErrors, control } = form;
  const { errors } = form.formState;
  const purpose = useWatch({ control, name: 'purpose' });

  const fillWithPatient = () => {
    const recipient = patientAsRecipient(patient);
    for (const key of Object.keys(recipient) as (keyof typeof recipient)[])
      setValue(`recipient.${key}`, recipient[key], { shouldDirty: true });
    clearErrors('recipient');
    if (!form.getValues('purpose')) setValue('purpose', 'patient-request', { shouldDirty: true });
  };

  return (
    <Fieldset legend="Recipient and purpose">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="nowrap">
          <TextInput
            label="Recipient name"
            description="A person, or the department that asked."
            withAsterisk
            autoComplete="off"
            flex={1}
            maxLength={200}
            error={errors.recipient?.name?.message}
            {...register('recipient.name')}
          />
          <Button variant="light" leftSection={<IconUser size={16} aria-hidden />} onClick={fillWithPatient}>
            The patient
          </Button>
        </Group>
        <TextInput
          label="Organisation"
          autoComplete="off"
          maxLength={200}
          error={errors.recipient?.organisation?.message}
          {...register('recipient.organisation')}
        />
        <Textarea
          label="Address"
          description="As it goes on an envelope, one line each."
          autosize
          minRows={2}
          maxRows={5}
          maxLength={500}
          autoComplete="off"
          error={errors.recipient?.address?.message}
          {...register('recipient.address')}
        />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label="Phone"
            type="tel"
            autoComplete="off"
            maxLength={40}
            error={errors.recipient?.phone?.message}
            {...register('recipient.phone')}
          />
          <TextInput
            label="Fax"
            type="tel"
            description="Needed for a fax cover sheet."
            autoComplete="off"
            maxLength={40}
            error={errors.recipient?.fax?.message}
            {...register('recipient.fax')}
          />
        </SimpleGrid>
        <NativeSelect
          label="Purpose"
          withAsterisk
          data={[
            { value: '', label: 'Choose the purpose…', disabled: true },
            ...disclosurePurposes.map((value) => ({ value, label: disclosurePurposeLabels[value] })),
          ]}
          error={errors.purpose?.message}
          {...register('purpose')}
        />
        {purpose === 'other' && (
          <TextInput
            label="What the records are for"
            withAsterisk
            autoComplete="off"
            maxLength={300}
            error={errors.purposeDetail?.message}
            {...register('purposeDetail')}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
