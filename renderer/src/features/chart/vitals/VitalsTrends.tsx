import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { DisplayUnits, VitalsDto } from '../../../../../electron/contract';
import { VitalTrend } from './VitalTrend';
import { trendsOf } from './vitals-display';

/** A trend chart for every vital with readings, its normal range drawn as a band. */
export function VitalsTrends({
  sets,
  units,
  birthDate,
}: {
  sets: readonly VitalsDto[];
  units: DisplayUnits;
  birthDate: string;
}) {
  const trends = trendsOf(sets, units, birthDate);
  if (trends.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="vitals-trends-title">
      <Title order={3} size="h5" id="vitals-trends-title">
        Trends
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {trends.map((trend) => (
          <Paper key={trend.key} withBorder p="xs" radius="sm">
            <Text size="sm" fw={600}>
              {trend.label}{' '}
              <Text span size="xs" c="dimmed" fw={400}>
                ({trend.unit}
                {trend.normal ? `; normal ${trend.normal.low}–${trend.normal.high}` : ''})
              </Text>
            </Text>
            <VitalTrend points={trend.points} normal={trend.normal} label={trend.label} unit={trend.unit} />
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
