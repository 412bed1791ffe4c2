import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleMinus, IconLoader2 } from '@tabler/icons-react';
import { type Tone, toneColor } from '../backup-format';

const icons = { ok: IconCircleCheck, problem: IconAlertTriangle, neutral: IconCircleMinus, busy: IconLoader2 };

/** A state shown by an icon and words together, never by colour alone. */
export function StatusMark({ tone, label, size = 'sm' }: { tone: Tone; label: string; size?: 'xs' | 'sm' | 'md' }) {
  const Icon = icons[tone];
  const color = `${toneColor[tone]}.9`;
  return (
    <Group gap={4} wrap="nowrap" c={tone === 'neutral' ? 'dimmed' : color}>
      <Icon size={size === 'md' ? 20 : 16} aria-hidden style={{ flexShrink: 0 }} />
      <Text span size={size} fw={tone === 'problem' ? 700 : 600} c="inherit">
        {label}
      </Text>
    </Group>
  );
}
