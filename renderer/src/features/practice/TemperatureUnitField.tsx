import { Group, Radio } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';

/** How every workstation types and shows temperatures; stored readings are kept in °C, so nothing is converted. */
export function TemperatureUnitField() {
  const { control } = useFormContext<{ temperatureUnit: 'F' | 'C' }>();
  return (
    <Controller
      control={control}
      name="temperatureUnit"
      render={({ field, fieldState }) => (
        <Radio.Group
          label="Temperatures are typed and shown in"
          description="Readings already recorded are shown in the new unit; nothing stored changes. Heights and weights follow: inches and pounds with °F, centimetres and kilograms with °C."
          value={field.value}
          onChange={(value) => field.onChange(value)}
          error={fieldState.error?.message}
        >
          <Group gap="md" mt={6}>
            <Radio value="F" label="Fahrenheit (°F)" onBlur={field.onBlur} />
            <Radio value="C" label="Celsius (°C)" onBlur={field.onBlur} />
          </Group>
        </Radio.Group>
      )}
    />
  );
}
