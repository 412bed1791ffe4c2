import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { SaveProviderInput } from '../../../../electron/contract';
import { copyMondayToWeekdays, nextBlock, weekdays } from './week-hours';

/**
 * A provider's week: one row per weekday with its working blocks and breaks. Times are typed as
 * HH:MM so a block can end at 24:00; every problem is shown beside the time it is about.
 */
export function WeekHoursGrid() {
  const { control, register, getValues, formState } = useFormContext<SaveProviderInput>();
  const { fields, append, remove, replace } = useFieldArray({ control, name: 'hours' });
  const errorOf = (index: number, field: 'start' | 'end' | 'label') =>
    formState.errors.hours?.[index]?.[field]?.message;
  // A block's messages sit under the whole block, not squeezed under a narrow time box.
  const blockErrors = (index: number): string[] =>
    (['start', 'end', 'label'] as const).flatMap((field) => {
      const message = errorOf(index, field);
      return message ? [message] : [];
    });

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>Working hours and breaks</Text>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconCopy size={14} aria-hidden />}
          onClick={() => replace(copyMondayToWeekdays(getValues('hours')))}
        >
          Copy Monday to weekdays
        </Button>
      </Group>
      <Table withTableBorder verticalSpacing={6} layout="fixed">
        <Table.Tbody>
          {weekdays.map(({ weekday, name }) => {
            const blocks = fields
              .map((field, index) => ({ field, index }))
              .filter(({ field }) => field.weekday === weekday)
              .sort((a, b) => a.field.start.localeCompare(b.field.start));
            return (
              <Table.Tr key={weekday} aria-label={name}>
                <Table.Th w={110} style={{ verticalAlign: 'top' }}>
                  <Text size="sm" fw={600} mt={6}>
                    {name}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Stack gap={6}>
                    {blocks.length === 0 ? (
                      <Text size="sm" c="dimmed" mt={6}>
                        Not working
                      </Text>
                    ) : null}
                    {blocks.map(({ field, index }) => (
                      <Paper
                        key={field.id}
                        withBorder={field.kind === 'break'}
                        bg={field.kind === 'break' ? 'gray.0' : undefined}
                        p={field.kind === 'break' ? 4 : 0}
                      >
                        <Group gap="xs" align="flex-start" wrap="nowrap">
                          <Badge
                            variant={field.kind === 'work' ? 'light' : 'outline'}
                            color={field.kind === 'work' ? 'teal' : 'gray'}
                            w={70}
                            mt={8}
                          >
                            {field.kind === 'work' ? 'Hours' : 'Break'}
                          </Badge>
                          <TextInput
                            aria-label={`${name} ${field.kind === 'work' ? 'hours' : 'break'} start`}
                            placeholder="HH:MM"
                            w={92}
                            {...register(`hours.${index}.start`)}
                            error={Boolean(errorOf(index, 'start'))}
                          />
                          <Text mt={8}>–</Text>
                          <TextInput
                            aria-label={`${name} ${field.kind === 'work' ? 'hours' : 'break'} end`}
                            placeholder="HH:MM"
                            w={92}
                            {...register(`hours.${index}.end`)}
                            error={Boolean(errorOf(index, 'end'))}
                          />
                          {field.kind === 'break' ? (
                            <TextInput
                              aria-label={`${name} break label`}
                              placeholder="Lunch, meeting…"
                              w={150}
                              {...register(`hours.${index}.label`)}
                              error={Boolean(errorOf(index, 'label'))}
                            />
                          ) : null}
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            mt={4}
                            aria-label={`Remove ${name} ${field.kind === 'work' ? 'hours' : 'break'} ${field.start}`}
                            onClick={() => remove(index)}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Group>
                        {blockErrors(index).map((message) => (
                          <Text key={message} size="xs" c="red" mt={4} ml={78} role="alert">
                            {message}
                          </Text>
                        ))}
                      </Paper>
                    ))}
                    <Group gap={4}>
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        leftSection={<IconPlus size={12} aria-hidden />}
                        aria-label={`Add hours on ${name}`}
                        onClick={() => append(nextBlock(getValues('hours'), weekday, 'work'))}
                      >
                        Hours
                      </Button>
                      <Button
                        variant="subtle"
                        size="compact-xs"
                        color="gray"
                        leftSection={<IconPlus size={12} aria-hidden />}
                        aria-label={`Add a break on ${name}`}
                        onClick={() => append(nextBlock(getValues('hours'), weekday, 'break'))}
                      >
                        Break
                      </Button>
                    </Group>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
