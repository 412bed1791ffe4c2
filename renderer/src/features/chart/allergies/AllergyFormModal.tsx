import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type Resolver, useForm } from 'react-hook-form';
import {
  type AllergyDto,
  type AllergyFields,
  allergyCategories,
  allergyCategoryLabels,
  allergyInputSchema,
  allergySeverities,
} from '../../../../../electron/contract';
import { RadioChoiceField } from '../items/form-fields';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { severityLabels } from './allergy-text';

/** What the form holds while typing: category and severity start unpicked, so nobody saves a guess. */
interface AllergyFormValues {
  substance: string;
  category: AllergyDto['category'] | '';
  reaction: string;
  severity: AllergyDto['severity'] | '';
  onset: string;
  comment: string;
}

const allergyFields = ['substance', 'category', 'reaction', 'severity', 'onset', 'comment'] as const;

const blank: AllergyFormValues = { substance: '', category: '', reaction: '', severity: '', onset: '', comment: '' };

const valuesOf = (allergy: AllergyDto | null): AllergyFormValues =>
  allergy
    ? {
        substance: allergy.substance,
        category: allergy.category,
        reaction: allergy.reaction,
        severity: allergy.severity,
        onset: allergy.onset,
        comment: allergy.comment,
      }
    : blank;

const resolver = zodResolver(allergyInputSchema) as unknown as Resolver<AllergyFormValues, unknown, AllergyFields>;

interface AllergyFormModalProps extends ItemFormSaveProps<AllergyFields, AllergyDto> {
  /** The allergy being edited, or null to record a new one. */
  allergy: AllergyDto | null;
}

/** Record or edit one allergy; the server's messages appear beside the field they are about. */
export function AllergyFormModal({ allergy, ...save }: AllergyFormModalProps) {
  const form = useForm<AllergyFormValues, unknown, AllergyFields>({ resolver, defaultValues: valuesOf(allergy) });
  const { errors } = form.formState;

  const title = allergy ? `Edit allergy: ${allergy.substance}` : 'Add an allergy';
  return (
    <ItemFormModal
      title={title}
      label={allergy ? 'Edit allergy' : 'Add allergy'}
      submitLabel={allergy ? 'Save changes' : 'Add allergy'}
      form={form}
      fields={allergyFields}
      {...save}
    >
      <TextInput
        label="Substance"
        description="The drug, food or other thing the patient reacts to."
        required
        data-autofocus
        maxLength={200}
        error={errors.substance?.message}
        {...form.register('substance')}
      />
      <NativeSelect
        label="Category"
        required
        error={errors.category?.message}
        data={[
          { value: '', label: 'Pick one…', disabled: true },
          ...allergyCategories.map((value) => ({ value, label: allergyCategoryLabels[value] })),
        ]}
        {...form.register('category')}
      />
      <TextInput
        label="Reaction"
        description="What happens, e.g. hives, swelling, anaphylaxis."
        maxLength={300}
        error={errors.reaction?.message}
        {...form.register('reaction')}
      />
      <RadioChoiceField
        control={form.control}
        name="severity"
        label="Severity"
        choices={allergySeverities}
        choiceLabel={(value) => severityLabels[value]}
      />
      <SimpleGrid cols={1}>
        <TextInput
          label="Onset"
          description='When it started: a date, a year, or words such as "childhood".'
          maxLength={100}
          error={errors.onset?.message}
          {...form.register('onset')}
        />
        <TextInput label="Comment" maxLength={1000} error={errors.comment?.message} {...form.register('comment')} />
      </SimpleGrid>
    </ItemFormModal>
  );
}
