import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Modal, NumberInput, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  type AppointmentTypeDto,
  type ProviderScheduleDto,
  type SaveTypeInput,
  saveTypeInputSchema,
} from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';
import { ColourField } from './ColourField';
import { useSaveType } from './use-schedule-setup';

const typeFields = ['name', 'durationMinutes', 'colour', 'providerIds', 'active'] as const;

const toForm = (type: AppointmentTypeDto | null): SaveTypeInput => ({
  typeId: type?.id ?? null,
  expectedVersion: type?.version ?? null,
  name: type?.name ?? '',
  durationMinutes: type?.durationMinutes ?? 15,
  colour: type?.colour ?? 'blue',
  providerIds: type?.providerIds ?? [],
  active: type?.active ?? true,
});

/** Add or change an appointment type; `type` null adds one. */
export function TypeFormModal({
  type,
  providers,
  onClose,
  onSaved,
}: {
  type: AppointmentTypeDto | null;
  providers: ProviderScheduleDto[];
  onClose: () => void;
  onSaved: (saved: AppointmentTypeDto) => void;
}) {
  const { run: save, pending } = useSaveType();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(saveTypeInputSchema), defaultValues: toForm(type) });

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await save(values);
    if (result.ok) {
      onSaved(result.value);
      onClose();
      return;
    }
    setFormError(placeServerError(form.setError, result.error, typeFields));
  });

  return (
    <Modal opened onClose={onClose} title={type ? `Edit ${type.name}` : 'New appointment type'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormAlert title="The type was not saved" message={formError} />
          <TextInput
            label="Name"
            placeholder="Follow-up, New patient, Physical…"
            data-autofocus
            {...form.register('name')}
            error={form.formState.errors.name?.message}
          />
          <Controller
            control={form.control}
            name="durationMinutes"
            render={({ field, fieldState }) => (
              <NumberInput
                label="Default length (minutes)"
                description="5 minutes to 12 hours; a booking can still be made longer or shorter."
                min={5}
                max={720}
                step={5}
                allowDecimal={false}
                clampBehavior="none"
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : Number.NaN)}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
                w={260}
              />
            )}
          />
          <Controller
            control={form.control}
            name="colour"
            render={({ field, fieldState }) => (
              <ColourField
                label="Colour"
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="providerIds"
            render={({ field, fieldState }) => (
              <Checkbox.Group
                label="Offered by"
                description="Only these providers can be booked for this type."
                value={(field.value ?? []).map(String)}
                onChange={(values) => field.onChange(values.map(Number))}
                error={fieldState.error?.message}
              >
                <Group gap="md" mt={6}>
                  {providers.map((provider) => (
                    <Checkbox key={provider.providerId} value={String(provider.providerId)} label={provider.name} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Controller
            control={form.control}
            name="active"
            render={({ field }) => (
              <Switch
                label="Can be booked"
                description="Turn off a type no longer used; appointments already booked keep it."
                checked={field.value ?? true}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
              />
            )}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Save type
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
