import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { Controller, type Resolver, useForm } from 'react-hook-form';
import {
  type MedicationDto,
  type MedicationFields,
  type MedicationRoute,
  type MedicationStatus,
  medicationInputSchema,
  medicationRouteLabels,
  medicationRoutes,
  medicationStatuses,
  plannedStartDays,
} from '../../../../../electron/contract';
import { AutocompleteField, RadioChoiceField } from '../items/form-fields';
import { ItemFormModal, type ItemFormSaveProps } from '../items/ItemFormModal';
import { doseUnitSuggestions, frequencySuggestions, statusLabel } from './medication-text';
import { RxNormPicker } from './RxNormPicker';

/** What the form holds while typing: the dose as typed, so "one" reaches the schema and is refused in words. */
interface MedicationFormValues {
  rxcui: string;
  name: string;
  strength: string;
  doseAmount: string;
  doseUnit: string;
  route: MedicationRoute | '';
  frequency: string;
  sig: string;
  quantity: string;
  startDate: string;
  stopDate: string;
  prescriber: string;
  status: MedicationStatus;
  comment: string;
}

const medicationFields = [
  'rxcui',
  'name',
  'strength',
  'doseAmount',
  'doseUnit',
  'route',
  'frequency',
  'sig',
  'quantity',
  'startDate',
  'stopDate',
  'prescriber',
  'status',
  'comment',
] as const;

const valuesOf = (medication: MedicationDto | null): MedicationFormValues =>
  medication
    ? {
        rxcui: medication.rxcui,
        name: medication.name,
        strength: medication.strength,
        doseAmount: medication.doseAmount === null ? '' : String(medication.doseAmount),
        doseUnit: medication.doseUnit,
        route: medication.route,
        frequency: medication.frequency,
        sig: medication.sig,
        quantity: medication.quantity,
        startDate: medication.startDate,
        stopDate: medication.stopDate,
        prescriber: medication.prescriber,
        status: medication.status,
        comment: medication.comment,
      }
    : {
        rxcui: '',
        name: '',
        strength: '',
        doseAmount: '',
        doseUnit: '',
        route: '',
        frequency: '',
        sig: '',
        quantity: '',
        startDate: '',
        stopDate: '',
        prescriber: '',
        status: 'active',
        comment: '',
      };

const resolver = zodResolver(medicationInputSchema) as unknown as Resolver<
  MedicationFormValues,
  unknown,
  MedicationFields
>;

interface MedicationFormModalProps extends ItemFormSaveProps<MedicationFields, MedicationDto> {
  /** The medication being edited, or null to add one. */
  medication: MedicationDto | null;
}

/** Add or edit one medication; the server's messages appear beside the field they are about. */
export function MedicationFormModal({ medication, ...save }: MedicationFormModalProps) {
  const form = useForm<MedicationFormValues, unknown, MedicationFields>({
    resolver,
    defaultValues: valuesOf(medication),
  });
  const { errors } = form.formState;
  const rxcui = form.watch('rxcui');

  return (
    <ItemFormModal
      title={medication ? `Edit medication: ${medication.name}` : 'Add a medication'}
      label={medication ? 'Edit medication' : 'Add medication'}
      submitLabel={medication ? 'Save changes' : 'Add medication'}
      form={form}
      fields={medicationFields}
      {...save}
    >
      <Controller
        control={form.control}
        name="name"
        render={({ field, fieldState }) => (
          <RxNormPicker
            rxcui={rxcui}
            name={field.value}
            inputRef={field.ref}
            onBlur={field.onBlur}
            error={fieldState.error?.message ?? errors.rxcui?.message}
            onChange={(drug) => {
              form.setValue('rxcui', drug.rxcui);
              field.onChange(drug.name);
              if (fieldState.error) form.clearErrors('name');
            }}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="Strength"
          description="As on the label, e.g. 10 mg."
          maxLength={60}
          error={errors.strength?.message}
          {...form.register('strength')}
        />
        <TextInput
          label="Dose"
          description="A number, e.g. 1 or 0.5."
          inputMode="decimal"
          maxLength={12}
          error={errors.doseAmount?.message}
          {...form.register('doseAmount')}
        />
        <AutocompleteField
          control={form.control}
          name="doseUnit"
          label="Dose unit"
          description="e.g. tablet, mg, mL, puff."
          maxLength={30}
          data={doseUnitSuggestions}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label="Route"
          error={errors.route?.message}
          data={[
            { value: '', label: 'Not recorded' },
            ...medicationRoutes.map((value) => ({ value, label: medicationRouteLabels[value] })),
          ]}
          {...form.register('route')}
        />
        <AutocompleteField
          control={form.control}
          name="frequency"
          label="Frequency"
          maxLength={100}
          data={frequencySuggestions}
        />
      </SimpleGrid>
      <TextInput
        label="Directions (sig)"
        placeholder="e.g. Take 1 tablet by mouth every morning"
        maxLength={500}
        error={errors.sig?.message}
        {...form.register('sig')}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label="Quantity"
          description="e.g. 90 tablets."
          maxLength={60}
          error={errors.quantity?.message}
          {...form.register('quantity')}
        />
        <TextInput
          label="Start date"
          description={`YYYY-MM-DD; up to ${plannedStartDays} days ahead.`}
          placeholder="YYYY-MM-DD"
          maxLength={10}
          error={errors.startDate?.message}
          {...form.register('startDate')}
        />
        <TextInput
          label="Stop date"
          description="YYYY-MM-DD; planned or actual."
          placeholder="YYYY-MM-DD"
          maxLength={10}
          error={errors.stopDate?.message}
          {...form.register('stopDate')}
        />
      </SimpleGrid>
      <TextInput
        label="Prescriber"
        maxLength={200}
        error={errors.prescriber?.message}
        {...form.register('prescriber')}
      />
      <RadioChoiceField
        control={form.control}
        name="status"
        label="Status"
        choices={medicationStatuses}
        choiceLabel={statusLabel}
      />
      <TextInput label="Comment" maxLength={1000} error={errors.comment?.message} {...form.register('comment')} />
    </ItemFormModal>
  );
}
