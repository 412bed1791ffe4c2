import { SegmentedControl, SimpleGrid, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { unitSymbols, type VitalsFields } from '../../../../../electron/contract';
import { type MeasurementField, typedBmi, type VitalsFormValues } from './vitals-form';

interface VitalsFieldsGridProps {
  form: UseFormReturn<VitalsFormValues, unknown, VitalsFields>;
  /** Head circumference is offered for children under 3 (and whenever the set being edited has one). */
  showHeadCircumference: boolean;
}

const unitText = (unit: string) => (
  <Text size="xs" c="dimmed" aria-hidden>
    {unit}
  </Text>
);

/**
 * The fields of one set, in the order a nurse takes them, so the whole set is typed without the mouse:
 * Tab from field to field, Ctrl+Enter to save. The unit of each value sits inside its box.
 */
export function VitalsFieldsGrid({ form, showHeadCircumference }: VitalsFieldsGridProps) {
  const { errors } = form.formState;
  const [lengthUnit, massUnit, temperatureUnit, height, weight] = form.watch([
    'lengthUnit',
    'massUnit',
    'temperatureUnit',
    'height',
    'weight',
  ]);
  const liveBmi = typedBmi({ height, weight, lengthUnit, massUnit });

  const measurement = (field: MeasurementField, label: string, unit: string, decimal = false) => (
    <TextInput
      key={field}
      label={
        <>
          {label}
          {/* The unit is part of the name, so a screen reader says "Temperature (°F)". */}
          <VisuallyHidden> ({unit})</VisuallyHidden>
        </>
      }
      inputMode={decimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      rightSection={unitText(unit)}
      rightSectionWidth={unit.length > 3 ? 52 : 36}
      error={errors[field]?.message}
      {...form.register(field)}
    />
  );

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label="Taken at"
          type="datetime-local"
          required
          error={errors.takenAt?.message}
          {...form.register('takenAt')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="vitals-body-units">
            Height and weight in
          </Text>
          <SegmentedControl
            aria-labelledby="vitals-body-units"
            value={lengthUnit === 'in' ? 'us' : 'metric'}
            onChange={(value) => {
              form.setValue('lengthUnit', value === 'us' ? 'in' : 'cm', { shouldDirty: true });
              form.setValue('massUnit', value === 'us' ? 'lb' : 'kg', { shouldDirty: true });
            }}
            data={[
              { value: 'us', label: 'in, lb' },
              { value: 'metric', label: 'cm, kg' },
            ]}
            w={180}
          />
        </Stack>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 6 }} spacing="sm">
        {measurement('systolic', 'Systolic', 'mmHg')}
        {measurement('diastolic', 'Diastolic', 'mmHg')}
        {measurement('heartRate', 'Heart rate', '/min')}
        {measurement('respiratoryRate', 'Respiratory rate', '/min')}
        {measurement('temperature', 'Temperature', unitSymbols[temperatureUnit], true)}
        {measurement('spo2', 'SpO2', '%')}
        {measurement('height', 'Height', lengthUnit, true)}
        {measurement('weight', 'Weight', massUnit, true)}
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            BMI
          </Text>
          <Text size="sm" aria-live="polite" py={6}>
            {liveBmi == null ? (
              <Text span size="sm" c="dimmed">
                From height and weight
              </Text>
            ) : (
              `${liveBmi} kg/m²`
            )}
          </Text>
        </Stack>
        {showHeadCircumference && measurement('headCircumference', 'Head circumference', lengthUnit, true)}
        {measurement('pain', 'Pain (0–10)', '/10')}
      </SimpleGrid>
      <TextInput label="Comment" maxLength={1000} error={errors.comment?.message} {...form.register('comment')} />
    </Stack>
  );
}
