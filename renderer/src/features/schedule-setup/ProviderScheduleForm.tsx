import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import {
  type ProviderScheduleDto,
  type SaveProviderInput,
  saveProviderInputSchema,
} from '../../../../electron/contract';
import { FormAlert } from '../../ui';
import { ColourField } from './ColourField';
import { useSaveProvider } from './use-schedule-setup';
import { WeekHoursGrid } from './WeekHoursGrid';

const toForm = (provider: ProviderScheduleDto): SaveProviderInput => ({
  providerId: provider.providerId,
  expectedVersion: provider.version,
  active: provider.active,
  colour: provider.colour,
  hours: provider.hours.map((block) => ({ ...block })),
});

/** A server message about one block ("hours.3.start") goes beside it; anything else above the form. */
const blockField = /^hours\.\d+\.(start|end|label|weekday)$/;

/** Bookable, colour and the whole week, saved together: a half-saved week is never on the calendar. */
export function ProviderScheduleForm({
  provider,
  onSaved,
}: {
  provider: ProviderScheduleDto;
  onSaved: (saved: ProviderScheduleDto) => void;
}) {
  const { run: save, pending } = useSaveProvider();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(saveProviderInputSchema),
    defaultValues: toForm(provider),
  });

  // A day off added or removed on this page bumps the provider's version: an untouched form takes the
  // new copy, an edited one keeps its edits and only moves its version on (the change was this user's).
  useEffect(() => {
    if (form.formState.isDirty) form.setValue('expectedVersion', provider.version);
    else form.reset(toForm(provider));
  }, [form, provider]);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await save(values);
    if (result.ok) {
      onSaved(result.value);
      form.reset(toForm(result.value));
      notifications.show({ color: 'green', title: 'Schedule saved', message: `${provider.name}'s week is saved.` });
      return;
    }
    const field = result.error.field;
    if (field && (blockField.test(field) || field === 'active' || field === 'colour'))
      form.setError(field as 'active', { type: 'server', message: result.error.message }, { shouldFocus: true });
    else setFormError(result.error.message);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate aria-label={`${provider.name}'s schedule`}>
        <Stack gap="md">
          <FormAlert title="The schedule was not saved" message={formError} />
          <Controller
            control={form.control}
            name="active"
            render={({ field, fieldState }) => (
              <Switch
                label="Can be booked"
                description="Shown on the calendar and offered when booking."
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="colour"
            render={({ field, fieldState }) => (
              <ColourField
                label="Calendar colour"
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
          <WeekHoursGrid />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => form.reset(toForm(provider))} disabled={!form.formState.isDirty}>
              Undo changes
            </Button>
            <Button type="submit" loading={pending}>
              Save schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
