import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import {
  type FamilyHistoryDto,
  type FamilyHistoryFields,
  relativeLabels,
  relatives,
} from '../../../../../electron/contract';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { Icd10Picker } from '../problems/Icd10Picker';
import { codeLabel } from '../problems/problem-text';
import {
  type FamilyHistoryFormValues,
  familyHistoryFields,
  familyHistoryResolver,
  familyHistoryToForm,
} from './family-history-form';
import { familyEntryName } from './histories-text';

interface FamilyHistoryFormModalProps extends ItemFormSaveProps<FamilyHistoryFields, FamilyHistoryDto> {
  /** The entry being edited, or null to add one. */
  entry: FamilyHistoryDto | null;
}

const relativeOptions = relatives.map((value) => ({
  value,
  label: value === 'other' ? 'Other relative (say who in the comment)' : relativeLabels[value],
}));

/** Add or edit one relative's condition: typed in words, or picked from ICD-10-CM, which fills the words. */
export function FamilyHistoryFormModal({ entry, ...save }: FamilyHistoryFormModalProps) {
  const form = useForm<FamilyHistoryFormValues, unknown, FamilyHistoryFields>({
    resolver: familyHistoryResolver,
    defaultValues: familyHistoryToForm(entry),
  });
  const { errors } = form.formState;
  return (
    <ItemFormModal
      title={entry ? `Edit family history: ${familyEntryName(entry)}` : 'Add family history'}
      label={entry ? 'Edit family history' : 'Add family history'}
      submitLabel={entry ? 'Save changes' : 'Add to family history'}
      form={form}
      fields={familyHistoryFields}
      {...save}
    >
      <Controller
        control={form.control}
        name="relative"
        render={({ field, fieldState }) => (
          <Select
            label="Relative"
            required
            searchable
            data-autofocus
            data={relativeOptions}
            value={field.value || null}
            onChange={(value) => field.onChange(value ?? '')}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="code"
        render={({ field, fieldState }) => (
          <Icd10Picker
            optional
            initialText={entry?.code ? codeLabel(entry.code, entry.condition) : ''}
            inputRef={field.ref}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            onPick={(picked) => {
              field.onChange(picked.code);
              form.setValue('condition', picked.name, { shouldValidate: Boolean(errors.condition) });
            }}
            onUnpick={() => field.onChange('')}
          />
        )}
      />
      <TextInput
        label="Condition"
        description="Filled from the code when one is picked; or type it, e.g. “heart attack at 50”."
        required
        maxLength={300}
        error={errors.condition?.message}
        {...form.register('condition')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label="Age at onset"
          description="In years; blank if not known."
          inputMode="numeric"
          maxLength={3}
          error={errors.ageAtOnset?.message}
          {...form.register('ageAtOnset')}
        />
        <Checkbox mt={32} label="Deceased" error={errors.deceased?.message} {...form.register('deceased')} />
      </SimpleGrid>
      <TextInput label="Comment" maxLength={1000} error={errors.comment?.message} {...form.register('comment')} />
    </ItemFormModal>
  );
}
