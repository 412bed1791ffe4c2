import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { addDayOffInputSchema, type ProviderScheduleDto } from '../../../../electron/contract';
import { FormAlert, formatLongDate, placeServerError } from '../../ui';
import { useAddDayOff, useRemoveDayOff } from './use-schedule-setup';

const dayOffFields = ['firstDay', 'lastDay', 'reason'] as const;

const longDate = (iso: string): string => formatLongDate(new Date(`${iso}T12:00:00`));
const describeDays = (firstDay: string, lastDay: string): string =>
  firstDay === lastDay ? longDate(firstDay) : `${longDate(firstDay)} to ${longDate(lastDay)}`;

/** Holidays, conferences, leave: added and removed one entry at a time (a removed one stays on record). */
export function DaysOffPanel({
  provider,
  onChanged,
}: {
  provider: ProviderScheduleDto;
  onChanged: (saved: ProviderScheduleDto) => void;
}) {
  const add = useAddDayOff();
  const removal = useRemoveDayOff();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(addDayOffInputSchema),
    defaultValues: { providerId: provider.providerId, firstDay: '', lastDay: '', reason: '' },
  });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await add.run(values);
    if (result.ok) {
      onChanged(result.value);
      form.reset({ providerId: provider.providerId, firstDay: '', lastDay: '', reason: '' });
      return;
    }
    setFormError(placeServerError(form.setError, result.error, dayOffFields));
  });

  const remove = async (dayOffId: number) => {
    setFormError(null);
    const result = await removal.run({ providerId: provider.providerId, dayOffId });
    if (result.ok) onChanged(result.value);
    else setFormError(result.error.message);
  };

  return (
    <Stack gap="xs">
      <Text fw={600}>Days off</Text>
      {provider.daysOff.length === 0 ? (
        <Text size="sm" c="dimmed">
          No days off planned.
        </Text>
      ) : (
        <List spacing={4} listStyleType="none" aria-label={`${provider.name}'s days off`}>
          {provider.daysOff.map((day) => (
            <List.Item key={day.id}>
              <Group gap="xs">
                <Text size="sm">
                  {describeDays(day.firstDay, day.lastDay)}
                  {day.reason ? ` — ${day.reason}` : ''}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="sm"
                  aria-label={`Remove day off ${describeDays(day.firstDay, day.lastDay)}`}
                  loading={removal.pending}
                  onClick={() => void remove(day.id)}
                >
                  <IconTrash size={14} aria-hidden />
                </ActionIcon>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate aria-label="Add a day off">
        <Stack gap="xs">
          <FormAlert title="The day off was not changed" message={formError} />
          <Group align="flex-start" gap="xs">
            <TextInput
              type="date"
              label="First day"
              {...form.register('firstDay', {
                onChange: (event) => {
                  if (!form.getValues('lastDay')) form.setValue('lastDay', event.target.value);
                },
              })}
              error={form.formState.errors.firstDay?.message}
            />
            <TextInput
              type="date"
              label="Last day"
              {...form.register('lastDay')}
              error={form.formState.errors.lastDay?.message}
            />
            <TextInput
              label="Reason"
              placeholder="Holiday, conference…"
              {...form.register('reason')}
              error={form.formState.errors.reason?.message}
            />
            <Button type="submit" mt={25} variant="light" loading={add.pending}>
              Add day off
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
