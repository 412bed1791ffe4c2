import { Group, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { type Flag, flagWord } from './vitals-display';

/** A value with its flag in words and an arrow, so an abnormal value never depends on colour alone. */
export function VitalValue({ text, flag }: { text: string; flag: Flag }) {
  if (!flag)
    return (
      <Text span size="sm">
        {text}
      </Text>
    );
  const Arrow = flag === 'high' ? IconArrowUp : IconArrowDown;
  return (
    <Group gap={4} wrap="nowrap" style={{ whiteSpace: 'nowrap' }}>
      <Text span size="sm" fw={700} c="red.8">
        {text}
      </Text>
      <Text span size="xs" fw={700} c="red.8" style={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
        <Arrow size={12} aria-hidden />
        {flagWord[flag]}
      </Text>
    </Group>
  );
}
