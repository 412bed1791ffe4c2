import { Alert, Checkbox, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../platform';
import { PageHeader, practiceToday, useResource } from '../../ui';
import { DaySheetButton } from './DaySheetButton';

/** The day sheet on its own page: pick the day and, if not all of them, the providers. */
export function DaySheetPage() {
  const setup = useResource(() => api.schedule.setup({}));
  const [date, setDate] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const day = date ?? (setup.data ? practiceToday(setup.data.timeZone) : '');
  const providers = setup.data?.providers.filter((provider) => provider.active) ?? [];

  return (
    <>
      <PageHeader
        title="Day sheet"
        description="The day's appointments per provider, printed on US Letter with the practice letterhead."
      />
      <Paper withBorder p="md" maw={640}>
        <Stack gap="md">
          <TextInput
            type="date"
            label="Day"
            value={day}
            onChange={(event) => setDate(event.currentTarget.value)}
            maw={220}
          />
          {setup.error && (
            <Alert color="yellow" variant="light" title="The providers could not be listed">
              {setup.error} The sheet can still be printed for all providers.
            </Alert>
          )}
          <Checkbox.Group
            label="Providers"
            description="Leave all unticked to print every provider, each on their own page."
            value={chosen}
            onChange={setChosen}
          >
            <Group gap="md" mt="xs">
              {providers.map((provider) => (
                <Checkbox key={provider.providerId} value={String(provider.providerId)} label={provider.name} />
              ))}
              {setup.data && providers.length === 0 && (
                <Text size="sm" c="dimmed">
                  No providers are set up in the schedule yet.
                </Text>
              )}
            </Group>
          </Checkbox.Group>
          <DaySheetButton date={day} providerIds={chosen.map(Number)} variant="filled" />
        </Stack>
      </Paper>
    </>
  );
}
