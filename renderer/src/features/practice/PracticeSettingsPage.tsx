import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Fieldset, Group, Loader, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { PracticeDto } from '../../../../electron/contract';
import { FormAlert, PageHeader, placeServerError } from '../../ui';
import { Icd10CodesCard } from './Icd10CodesCard';
import { IdleLockField } from './IdleLockField';
import { LetterheadLogoCard } from './LetterheadLogoCard';
import { PracticeDetailsFields } from './PracticeDetailsFields';
import { practiceSettingsFields, practiceSettingsFormSchema, practiceToForm } from './practice-form';
import { TemperatureUnitField } from './TemperatureUnitField';
import { TimeZoneField } from './TimeZoneField';
import { usePracticeSettings } from './usePracticeSettings';
import { useUpdatePractice } from './useUpdatePractice';

export function PracticeSettingsPage() {
  const practice = usePracticeSettings();
  return (
    <>
      <PageHeader
        title="Practice settings"
        description="The practice details printed on records, how soon an unattended workstation locks, the schedule's time zone, how temperatures are shown, and the diagnosis codes problems are picked from."
      />
      {practice.data ? (
        <Stack gap="lg">
          <PracticeSettingsForm practice={practice.data} onSaved={(saved) => practice.setData(() => saved)} />
          <LetterheadLogoCard />
          <Icd10CodesCard />
        </Stack>
      ) : practice.error ? (
        <Alert color="red" title="Could not load the practice settings">
          {practice.error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void practice.reload()}>
            Try again
          </Button>
        </Alert>
      ) : (
        <Loader size="sm" aria-label="Loading the practice settings" />
      )}
    </>
  );
}

function PracticeSettingsForm({ practice, onSaved }: { practice: PracticeDto; onSaved: (saved: PracticeDto) => void }) {
  const { run: update, pending } = useUpdatePractice();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(practiceSettingsFormSchema),
    defaultValues: practiceToForm(practice),
  });

  // After a save the server's copy (trimmed, normalised) becomes the new starting point.
  useEffect(() => {
    form.reset(practiceToForm(practice));
  }, [form, practice]);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await update(values);
    if (result.ok) {
      onSaved(result.value);
      notifications.show({ color: 'green', title: 'Practice settings saved', message: 'The changes apply at once.' });
      return;
    }
    setFormError(placeServerError(form.setError, result.error, practiceSettingsFields));
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={720}>
          <FormAlert title="The settings were not saved" message={formError} />
          <Fieldset legend="Practice details">
            <PracticeDetailsFields />
          </Fieldset>
          <Fieldset legend="Automatic lock">
            <IdleLockField />
          </Fieldset>
          <Fieldset legend="Schedule">
            <TimeZoneField />
          </Fieldset>
          <Fieldset legend="Vital signs">
            <TemperatureUnitField />
          </Fieldset>
          <Group justify="flex-end" gap="xs">
            <Button
              variant="default"
              onClick={() => form.reset(practiceToForm(practice))}
              disabled={!form.formState.isDirty}
            >
              Undo changes
            </Button>
            <Button type="submit" loading={pending}>
              Save settings
            </Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
