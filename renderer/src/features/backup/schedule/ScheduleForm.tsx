import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { BackupSettingsDto } from '../../../../../electron/contract';
import { FormAlert, placeServerError } from '../../../ui';
import { useUpdateBackupSettings } from '../hooks/useUpdateBackupSettings';
import { defaultBackupSettings, keepLimits, retainedCount, scheduleFields, scheduleFormSchema } from './schedule-form';

const keepInputs = [
  { name: 'keepDaily', label: 'Daily backups', hint: 'The newest backup of each of the last days.' },
  { name: 'keepWeekly', label: 'Weekly backups', hint: 'One for each of the last weeks.' },
  { name: 'keepMonthly', label: 'Monthly backups', hint: 'One for each of the last months.' },
  { name: 'keepYearly', label: 'Yearly backups', hint: 'One for each of the last years.' },
] as const;

interface ScheduleFormProps {
  settings: BackupSettingsDto;
  onSaved: (settings: BackupSettingsDto) => void;
}

/** When the nightly backup runs, and how many older backups each destination keeps (grandfather-father-son). */
export function ScheduleForm({ settings, onSaved }: ScheduleFormProps) {
  const { run: save, pending } = useUpdateBackupSettings();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(scheduleFormSchema), defaultValues: settings });
  const { errors, isDirty } = form.formState;

  useEffect(() => {
    form.reset(settings);
  }, [form, settings]);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await save(values);
    if (result.ok) {
      onSaved(result.value);
      notifications.show({
        color: 'green',
        title: 'Backup schedule saved',
        message: `Backups run nightly at ${result.value.scheduleTime}.`,
      });
      return;
    }
    setFormError(placeServerError(form.setError, result.error, scheduleFields));
  });

  const watched = form.watch();
  const total = retainedCount(watched);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={760}>
        <FormAlert title="The schedule was not saved" message={formError} />
        <Fieldset legend="Nightly backup">
          <TextInput
            type="time"
            label="Back up every night at"
            description="Local time, for example 02:00 (two in the morning), when nobody is working. If the computer is off or asleep then, the backup runs as soon as Chartroom is open again."
            required
            maw={560}
            styles={{ input: { maxWidth: 180 } }}
            error={errors.scheduleTime?.message}
            {...form.register('scheduleTime')}
          />
        </Fieldset>
        <Fieldset legend="How many backups to keep">
          <Text size="sm" mb="sm">
            Older backups are removed to save space, keeping a spread over time. The newest verified backup is never
            removed, and nothing is removed on a day a backup failed.
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
            {keepInputs.map((input) => {
              const { min, max } = keepLimits(input.name);
              return (
                <Controller
                  key={input.name}
                  control={form.control}
                  name={input.name}
                  render={({ field, fieldState }) => (
                    <NumberInput
                      label={input.label}
                      description={input.hint}
                      min={min}
                      max={max}
                      step={1}
                      allowDecimal={false}
                      allowNegative={false}
                      clampBehavior="none"
                      name={field.name}
                      ref={field.ref}
                      onBlur={field.onBlur}
                      value={Number.isNaN(field.value) ? '' : field.value}
                      onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                      error={fieldState.error?.message}
                    />
                  )}
                />
              );
            })}
          </SimpleGrid>
          {Number.isFinite(total) ? (
            <Text size="sm" c="dimmed" mt="sm">
              At most {total} backups are kept at each destination.
            </Text>
          ) : null}
        </Fieldset>
        <Group justify="space-between" gap="xs">
          <Button variant="subtle" onClick={() => form.reset(defaultBackupSettings, { keepDefaultValues: true })}>
            Use the recommended settings
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={() => form.reset(settings)} disabled={!isDirty}>
              Undo changes
            </Button>
            <Button type="submit" loading={pending}>
              Save schedule
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
