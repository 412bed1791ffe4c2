import { Table, Text, UnstyledButton } from '@mantine/core';
import type { ProviderScheduleDto } from '../../../../../electron/contract';
import { useMonthCounts } from '../hooks/use-month-counts';
import { formatLongDay, monthOf, monthWeeks, weekdayNames } from '../model/calendar-dates';

interface MonthViewProps {
  month: string;
  providers: readonly ProviderScheduleDto[];
  /** One provider (week and month views can follow one), or every provider. */
  providerIds: number[] | undefined;
  today: string;
  onOpenDay: (date: string) => void;
}

/** A month at a glance: the number of appointments per day, per provider, each day opening its day view. */
export function MonthView({ month, providers, providerIds, today, onOpenDay }: MonthViewProps) {
  const { counts, error } = useMonthCounts(month, providerIds);
  const names = new Map(providers.map((provider) => [provider.providerId, provider.name]));
  return (
    <>
      {error ? (
        <Text c="red.8" size="sm" role="alert">
          {error}
        </Text>
      ) : null}
      <Table withTableBorder withColumnBorders layout="fixed" aria-label={`Appointments per day`}>
        <Table.Thead>
          <Table.Tr>
            {weekdayNames.map((name) => (
              <Table.Th key={name}>{name}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {monthWeeks(month).map((week) => (
            <Table.Tr key={week[0]}>
              {week.map((date) => {
                const day = counts.get(date);
                const total = day ? [...day.values()].reduce((sum, count) => sum + count, 0) : 0;
                const inMonth = monthOf(date) === month;
                return (
                  <Table.Td key={date} p={4} valign="top" bg={date === today ? 'chartroom.0' : undefined}>
                    <UnstyledButton
                      w="100%"
                      mih={72}
                      onClick={() => onOpenDay(date)}
                      aria-label={`${formatLongDay(date)}: ${total === 0 ? 'no appointments' : `${total} appointment${total === 1 ? '' : 's'}`}`}
                    >
                      <Text size="sm" fw={date === today ? 700 : 500} c={inMonth ? undefined : 'dimmed'}>
                        {Number(date.slice(8))}
                        {date === today ? ' · Today' : ''}
                      </Text>
                      {total > 0 ? (
                        <Text size="sm" fw={600}>
                          {total} booked
                        </Text>
                      ) : null}
                      {day && day.size > 1
                        ? [...day.entries()].map(([providerId, count]) => (
                            <Text key={providerId} size="xs" c="dimmed" truncate>
                              {names.get(providerId) ?? 'Provider'}: {count}
                            </Text>
                          ))
                        : null}
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
