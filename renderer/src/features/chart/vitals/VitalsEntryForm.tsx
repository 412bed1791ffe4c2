import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { DisplayUnits, Result, VitalsDto, VitalsFields } from '../../../../../electron/contract';
import { FormAlert, formatDateTime, placeServerError } from '../../../ui';
import { VitalsFieldsGrid } from './VitalsFieldsGrid';
import { emptyVitalsForm, type VitalsFormValues, vitalsFormFields, vitalsResolver } from './vitals-form';

interface VitalsEntryFormProps {
  units: DisplayUnits;
  showHeadCircumference: boolean;
  pending: boolean;
  onSave: (fields: VitalsFields) => Promise<Result<VitalsDto>>;
  onSaved: (set: VitalsDto) => void;
}

/**
 * The nurse's quick entry, always open above the list: the time defaults to now, the cursor starts in
 * Systolic, Tab moves through the set and Ctrl+Enter saves. After a save the form empties for the
 * next set, keeping the height and weight units picked.
 */
export function VitalsEntryForm({ units, showHeadCircumference, pending, onSave, onSaved }: VitalsEntryFormProps) {
  const form = useForm<VitalsFormValues, unknown, VitalsFields>({
    resolver: vitalsResolver,
    defaultValues: emptyVitalsForm(units),
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [lastSaved, setLastSaved] = useState<string | null>(null);

  // Opening the tab puts the cursor in Systolic: the nurse types the set straight away.
  useEffect(() => {
    form.setFocus('systolic');
  }, [form]);

  const submit = form.handleSubmit(async (fields) => {
    setFormError(null);
    const result = await onSave(fields);
    if (!result.ok) {
      setFormError(placeServerError(form.setError, result.error, vitalsFormFields));
      return;
    }
    const { lengthUnit, massUnit } = form.getValues();
    form.reset({ ...emptyVitalsForm(units), lengthUnit, massUnit });
    form.setFocus('systolic');
    setLastSaved(`Saved the set taken ${formatDateTime(result.value.takenAt)}.`);
    onSaved(result.value);
  });

  const rootError = form.formState.errors.root?.message ?? null;
  return (
    <Paper withBorder p="sm" radius="sm">
      <form
        noValidate
        aria-label="Record vitals"
        onSubmit={submit}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void submit()]])}
      >
        <Stack gap="sm">
          <Group justify="space-between" align="baseline">
            <Title order={3} size="h5">
              Record vitals
            </Title>
            <Text size="xs" c="dimmed">
              Tab to move, Ctrl+Enter to save
            </Text>
          </Group>
          <FormAlert title="Not saved" message={formError ?? rootError} />
          <VitalsFieldsGrid form={form} showHeadCircumference={showHeadCircumference} />
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed" role="status">
              {lastSaved}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                disabled={pending}
                onClick={() => {
                  setFormError(null);
                  form.reset(emptyVitalsForm(units));
                }}
              >
                Clear
              </Button>
              <Button type="submit" loading={pending}>
                Save vitals
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
