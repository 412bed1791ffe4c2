import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useFormContext } from 'react-hook-form';

/** Empty means "this computer's zone"; it is the first choice so the setting can be cleared again. */
const computerZoneValue = '';

/**
 * Every IANA zone this computer knows, with the empty choice first. A saved zone the list leaves out
 * (an alias such as UTC) is kept as a choice so the form still shows what is saved.
 */
const zoneOptions = (computerZone: string, saved: string) => {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = saved && !zones.includes(saved) ? [saved, ...zones] : zones;
  return [
    { value: computerZoneValue, label: `This computer's zone (${computerZone})` },
    ...all.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') })),
  ];
};

/** The zone the schedule's times are in: appointments are kept as instants and shown in this zone. */
export function TimeZoneField() {
  const { control, formState } = useFormContext<{ timeZone: string }>();
  const computerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const saved = formState.defaultValues?.timeZone ?? '';
  const options = useMemo(() => zoneOptions(computerZone, saved), [computerZone, saved]);
  return (
    <Controller
      control={control}
      name="timeZone"
      render={({ field, fieldState }) => (
        <Select
          label="Time zone of the schedule"
          description="Appointments are shown in this zone on every workstation. Pick the practice's zone if workstations' clocks may be set differently."
          data={options}
          searchable
          nothingFoundMessage="No time zone by that name: try a city, e.g. Chicago."
          maxDropdownHeight={280}
          allowDeselect={false}
          value={field.value ?? computerZoneValue}
          onChange={(value) => field.onChange(value ?? computerZoneValue)}
          onBlur={field.onBlur}
          error={fieldState.error?.message}
          maw={420}
        />
      )}
    />
  );
}
