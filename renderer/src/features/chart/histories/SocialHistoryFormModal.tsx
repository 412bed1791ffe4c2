import { zodResolver } from '@hookform/resolvers/zod';
import { Select, Textarea, TextInput } from '@mantine/core';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import {
  type SocialHistoryDto,
  type SocialHistoryFields,
  type SocialHistoryInput,
  smokingStatuses,
  socialHistoryInputSchema,
} from '../../../../../electron/contract';
import { FormAlert } from '../../../ui';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { withRootErrors } from '../items/root-errors';
import { socialHistoryFields } from './histories-text';

type SocialHistoryFormValues = Required<SocialHistoryInput>;

const resolver = withRootErrors(
  zodResolver(socialHistoryInputSchema) as unknown as Resolver<SocialHistoryFormValues, unknown, SocialHistoryFields>,
);

const smokingOptions = [
  { value: '', label: 'Not asked yet' },
  ...smokingStatuses.map((status) => ({ value: status.code, label: status.name })),
];

const valuesOf = (record: SocialHistoryDto | null): SocialHistoryFormValues => ({
  smokingStatus: (record?.smokingStatus ?? '') as SocialHistoryFormValues['smokingStatus'],
  tobaccoComment: record?.tobaccoComment ?? '',
  alcohol: record?.alcohol ?? '',
  substanceUse: record?.substanceUse ?? '',
  occupation: record?.occupation ?? '',
  livingSituation: record?.livingSituation ?? '',
  comment: record?.comment ?? '',
});

interface SocialHistoryFormModalProps extends ItemFormSaveProps<SocialHistoryFields, SocialHistoryDto> {
  /** The record as it was when the form opened; null when there is none yet. */
  record: SocialHistoryDto | null;
}

/** The social history in one form; smoking status is picked from the SNOMED CT codes of the US Core value set. */
export function SocialHistoryFormModal({ record, ...save }: SocialHistoryFormModalProps) {
  const form = useForm<SocialHistoryFormValues, unknown, SocialHistoryFields>({
    resolver,
    defaultValues: valuesOf(record),
  });
  const { errors } = form.formState;
  return (
    <ItemFormModal
      title={record ? 'Edit social history' : 'Record social history'}
      label="Social history"
      submitLabel="Save social history"
      form={form}
      fields={socialHistoryFields}
      {...save}
    >
      <FormAlert title="Not saved" message={errors.root?.message ?? null} />
      <Controller
        control={form.control}
        name="smokingStatus"
        render={({ field, fieldState }) => (
          <Select
            label="Smoking status"
            data-autofocus
            data={smokingOptions}
            allowDeselect={false}
            value={field.value}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextInput
        label="Tobacco comment"
        description="Pack-years, quit date, other tobacco or vaping."
        maxLength={300}
        error={errors.tobaccoComment?.message}
        {...form.register('tobaccoComment')}
      />
      <TextInput
        label="Alcohol"
        description="Drinks per week, type."
        maxLength={300}
        error={errors.alcohol?.message}
        {...form.register('alcohol')}
      />
      <TextInput
        label="Substance use"
        maxLength={300}
        error={errors.substanceUse?.message}
        {...form.register('substanceUse')}
      />
      <TextInput
        label="Occupation"
        maxLength={300}
        error={errors.occupation?.message}
        {...form.register('occupation')}
      />
      <TextInput
        label="Living situation"
        description="Who the patient lives with, housing, support."
        maxLength={300}
        error={errors.livingSituation?.message}
        {...form.register('livingSituation')}
      />
      <Textarea
        label="Comment"
        autosize
        minRows={2}
        maxLength={1000}
        error={errors.comment?.message}
        {...form.register('comment')}
      />
    </ItemFormModal>
  );
}
