import { Group, Loader, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';

/** A quiet line saying that typed input is being kept, so nobody hurries to save before a lock. */
export function DraftStatus({ saving, dirty }: { saving: boolean; dirty: boolean }) {
  if (!saving && !dirty) return null;
  return (
    <Group gap={6} wrap="nowrap" aria-live="polite">
      {saving ? <Loader size={12} aria-hidden /> : <IconDeviceFloppy size={14} aria-hidden />}
      <Text size="xs" c="dimmed">
        {saving ? 'Saving draft…' : 'Unsaved changes are kept as a draft while you type'}
      </Text>
    </Group>
  );
}
