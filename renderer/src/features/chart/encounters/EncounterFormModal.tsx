import { zodResolver } from '@hookform/resolvers/zod';
import { Select, TextInput } from '@mantine/core';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import {
  type EncounterDto,
  type EncounterFields,
  type EncounterType,
  encounterInputSchema,
  today,
} from '../../../../../electron/contract';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { encounterTypeOptions } from './encounter-text';

interface EncounterFormValues {
  date: string;
  providerId: number | null;
  type: EncounterType | null;
  reason: string;
}

const encounterFields = ['date', 'providerId', 'type', 'reason'] as const;

const resolver = zodResolver(encounterInputSchema) as unknown as Resolver<
  EncounterFormValues,
  unknown,
  EncounterFields
>;

interface EncounterFormModalProps extends ItemFormSaveProps<EncounterFields, EncounterDto> {
  /** The encounter being edited, or null for a new one. */
  encounter: EncounterDto | null;
  providers: readonly { id: number; fullName: string }[];
  /** The signed-in user, the first choice of provider when they are a physician. */
  userId: number;
}

/** A new encounter (today, the signed-in physician, an office visit) or an edit of one. */
export function EncounterFormModal({ encounter, providers, userId, ...save }: EncounterFormModalProps) {
  const defaultProvider = providers.some((p) => p.id === userId) ? userId : null;
  const form = useForm<EncounterFormValues, unknown, EncounterFields>({
    resolver,
    defaultValues: encounter
      ? { date: encounter.date, providerId: encounter.providerId, type: encounter.type, reason: encounter.reason }
      : { date: today(), providerId: defaultProvider, type: 'office-visit', reason: '' },
  });
  const { errors } = form.formState;
  // A provider who has left stays on their old encounters: keep them in the list for this one.
  const options = [
    ...providers.map((p) => ({ value: String(p.id), label: p.fullName })),
    ...(encounter && !providers.some((p) => p.id === encounter.providerId)
      ? [{ value: String(encounter.providerId), label: encounter.providerName }]
      : []),
  ];

  return (
    <ItemFormModal
      title={encounter ? 'Edit encounter' : 'New encounter'}
      label={encounter ? 'Edit encounter' : 'New encounter'}
      submitLabel={encounter ? 'Save changes' : 'Create encounter'}
      form={form}
      fields={encounterFields}
      {...save}
    >
      <TextInput
        label="Date"
        description="YYYY-MM-DD; today or earlier."
        placeholder="YYYY-MM-DD"
        required
        maxLength={10}
        error={errors.date?.message}
        {...form.register('date')}
      />
      <Controller
        control={form.control}
        name="providerId"
        render={({ field, fieldState }) => (
          <Select
            label="Provider"
            required
            data={options}
            value={field.value === null ? null : String(field.value)}
            onChange={(value) => field.onChange(value === null ? null : Number(value))}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            allowDeselect={false}
            nothingFoundMessage="No active physicians"
          />
        )}
      />
      <Controller
        control={form.control}
        name="type"
        render={({ field, fieldState }) => (
          <Select
            label="Type"
            required
            data={encounterTypeOptions}
            value={field.value}
            onChange={(value) => field.onChange(value)}
            onBlur={field.onBlur}
            error={fieldState.error?.message}
            allowDeselect={false}
          />
        )}
      />
      <TextInput
        label="Reason for the visit"
        maxLength={300}
        error={errors.reason?.message}
        {...form.register('reason')}
      />
    </ItemFormModal>
  );
}
