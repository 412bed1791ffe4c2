import { Group, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconExclamationMark } from '@tabler/icons-react';
import type { FaceSheetDto } from '../../../../../electron/contract';
import { FaceSheetCard } from './FaceSheetCard';

/** HL7 table 0078 flags in words: the icon and the word carry the meaning, never colour alone. */
const flagWords: Record<string, string> = { L: 'Low', LL: 'Critically low', H: 'High', HH: 'Critically high' };
const flagIcon = (flag: string) =>
  flag.startsWith('L') ? (
    <IconArrowDown size={12} aria-hidden />
  ) : flag.startsWith('H') ? (
    <IconArrowUp size={12} aria-hidden />
  ) : (
    <IconExclamationMark size={12} aria-hidden />
  );

/** The most recent lab panels, each with its results outside the reference range. */
export function LabsCard({ labs, onOpen }: { labs: FaceSheetDto['labs']; onOpen: () => void }) {
  return (
    <FaceSheetCard title="Recent lab results" onOpen={onOpen}>
      {labs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No lab results.
        </Text>
      ) : (
        <Stack gap={8}>
          {labs.map((panel) => (
            <div key={panel.id}>
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  {panel.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {panel.collectedAt.slice(0, 10)} · {panel.resultCount} result{panel.resultCount === 1 ? '' : 's'}
                </Text>
              </Group>
              {panel.abnormal.length === 0 ? (
                <Text size="xs">All within range</Text>
              ) : (
                panel.abnormal.map((result) => (
                  <Group key={result.analyte} gap={4} wrap="nowrap">
                    <Text span size="xs" c="red.8" fw={600}>
                      {flagIcon(result.flag)} {flagWords[result.flag] ?? 'Abnormal'}
                    </Text>
                    <Text span size="xs">
                      {result.analyte} {result.value} {result.unit}
                    </Text>
                  </Group>
                ))
              )}
            </div>
          ))}
        </Stack>
      )}
    </FaceSheetCard>
  );
}
