import { DataList, Paper, Text, Title } from '@mantine/core';

export interface DemographicsItem {
  label: string;
  value: string;
}

/** One group of the read view (identity, contact, ...); blank values say so in words. */
export function DemographicsSection({ title, items }: { title: string; items: DemographicsItem[] }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Title order={3} size="h6" mb={6}>
        {title}
      </Title>
      <DataList size="sm" gap={4} labelWidth="12rem">
        {items.map((item) => (
          <DataList.Item key={item.label}>
            <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
            <DataList.ItemValue>
              {item.value ? (
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {item.value}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  Not recorded
                </Text>
              )}
            </DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Paper>
  );
}
