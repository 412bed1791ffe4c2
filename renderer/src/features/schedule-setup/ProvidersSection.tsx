import { Badge, ColorSwatch, Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ProviderScheduleDto } from '../../../../electron/contract';
import { DaysOffPanel } from './DaysOffPanel';
import { ProviderScheduleForm } from './ProviderScheduleForm';

const roleNames: Record<string, string> = { physician: 'Physician', nurse: 'Nurse / MA' };

/** Pick a provider on the left, edit their week and days off on the right. */
export function ProvidersSection({
  providers,
  onSaved,
}: {
  providers: ProviderScheduleDto[];
  onSaved: (saved: ProviderScheduleDto) => void;
}) {
  const [selectedId, setSelectedId] = useState<number | null>(providers[0]?.providerId ?? null);
  const selected = providers.find((provider) => provider.providerId === selectedId) ?? providers[0];
  if (!selected)
    return (
      <Text c="dimmed">
        No physicians or nurses yet. Create their accounts under Administration → Staff accounts, then set up their
        hours here.
      </Text>
    );
  return (
    <Group align="flex-start" wrap="nowrap" gap="lg">
      <Stack gap={2} component="nav" aria-label="Providers" w={240} style={{ flexShrink: 0 }}>
        {providers.map((provider) => (
          <NavLink
            key={provider.providerId}
            active={provider.providerId === selected.providerId}
            label={provider.name}
            description={`${roleNames[provider.role] ?? provider.role}${provider.active ? '' : ' · not bookable'}`}
            leftSection={<ColorSwatch color={`var(--mantine-color-${provider.colour}-6)`} size={14} />}
            onClick={() => setSelectedId(provider.providerId)}
          />
        ))}
      </Stack>
      <Paper withBorder p="md" style={{ flex: 1, minWidth: 0 }}>
        <Stack gap="lg">
          <Group gap="xs">
            <Title order={2} size="h4">
              {selected.name}
            </Title>
            {selected.active ? null : <Badge color="gray">Not bookable</Badge>}
          </Group>
          <ProviderScheduleForm key={selected.providerId} provider={selected} onSaved={onSaved} />
          <DaysOffPanel key={`days-off-${selected.providerId}`} provider={selected} onChanged={onSaved} />
        </Stack>
      </Paper>
    </Group>
  );
}
