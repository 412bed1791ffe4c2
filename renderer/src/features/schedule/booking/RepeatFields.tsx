import { Checkbox, Chip, Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { weekdayNames } from '../model/calendar-dates';
import type { RepeatDraft } from './booking-form';

interface RepeatFieldsProps {
  value: RepeatDraft;
  onChange: (repeat: RepeatDraft) => void;
  error?: string | undefined;
}

/** "Repeat every N weeks on these weekdays, until a date or for a number of visits": a series always ends. */
export function RepeatFields({ value, onChange, error }: RepeatFieldsProps) {
  const set = (change: Partial<RepeatDraft>) => onChange({ ...value, ...change });
  return (
    <Stack gap={6}>
      <Checkbox
        label="Repeat"
        checked={value.enabled}
        onChange={(event) => set({ enabled: event.currentTarget.checked })}
      />
      {value.enabled ? (
        <Stack gap={6} pl="lg">
          <NumberInput
            label="Every how many weeks"
            min={1}
            max={52}
            w={200}
            value={value.intervalWeeks}
            onChange={(weeks) => set({ intervalWeeks: typeof weeks === 'number' ? weeks : 1 })}
          />
          <div>
            <Text size="sm" fw={500} id="repeat-weekdays">
              On
            </Text>
            <Chip.Group
              multiple
              value={value.weekdays.map(String)}
              onChange={(days) => set({ weekdays: days.map(Number) })}
            >
              <Group gap={4} role="group" aria-labelledby="repeat-weekdays">
                {weekdayNames.map((name, index) => (
                  <Chip key={name} value={String(index + 1)} size="xs">
                    {name.slice(0, 3)}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </div>
          <Radio.Group label="Ends" value={value.ends} onChange={(ends) => set({ ends: ends as RepeatDraft['ends'] })}>
            <Group gap="md" mt={4} align="flex-end">
              <Radio value="count" label="After" />
              <NumberInput
                aria-label="Number of appointments"
                min={2}
                max={200}
                w={90}
                disabled={value.ends !== 'count'}
                value={value.count}
                onChange={(count) => set({ count: typeof count === 'number' ? count : 2 })}
              />
              <Text size="sm">appointments</Text>
              <Radio value="until" label="On" />
              <TextInput
                type="date"
                aria-label="Last date"
                disabled={value.ends !== 'until'}
                value={value.until}
                onChange={(event) => set({ until: event.currentTarget.value })}
              />
            </Group>
          </Radio.Group>
          {error ? (
            <Text size="sm" c="red.8" role="alert">
              {error}
            </Text>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
