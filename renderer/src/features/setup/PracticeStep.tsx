import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { practiceInputSchema } from '../../../../electron/contract';
import { emptyPracticeDetails, type PracticeDetails, PracticeDetailsFields } from '../practice';

interface PracticeStepProps {
  initial: PracticeDetails | null;
  onNext: (practice: PracticeDetails) => void;
}

export function PracticeStep({ initial, onNext }: PracticeStepProps) {
  const form = useForm({
    resolver: zodResolver(practiceInputSchema),
    defaultValues: initial ?? emptyPracticeDetails,
  });

  useEffect(() => {
    form.setFocus('name');
  }, [form]);

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(onNext)} noValidate>
        <Stack gap="md">
          <Text size="sm">
            Only the name is needed now; the rest appears on printed records and letters and can be filled in later
            under Practice settings.
          </Text>
          <PracticeDetailsFields />
          <Group justify="flex-end">
            <Button type="submit">Next: office manager account</Button>
          </Group>
        </Stack>
      </form>
    </FormProvider>
  );
}
