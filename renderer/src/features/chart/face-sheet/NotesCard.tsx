import { Badge, Group, Stack, Text } from '@mantine/core';
import { type EncounterType, encounterTypeLabels, type FaceSheetDto } from '../../../../../electron/contract';
import { FaceSheetCard } from './FaceSheetCard';

const statusLabel: Record<FaceSheetDto['notes'][number]['status'], string> = {
  draft: 'Draft',
  'awaiting-cosign': 'Awaiting co-signature',
  signed: 'Signed',
};

/** The last three notes: date, visit type, author, whether signed, and their first words. */
export function NotesCard({
  notes,
  encounterCount,
  onOpen,
}: {
  notes: FaceSheetDto['notes'];
  encounterCount: number;
  onOpen: () => void;
}) {
  return (
    <FaceSheetCard
      title="Recent notes"
      onOpen={onOpen}
      openLabel={encounterCount > 0 ? `All ${encounterCount} encounters` : 'Encounters'}
    >
      {notes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No notes yet.
        </Text>
      ) : (
        <Stack component="ol" gap={8} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Last three notes">
          {notes.map((note) => (
            <li key={note.id}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={600}>
                  {note.date}
                </Text>
                <Text size="sm">
                  {encounterTypeLabels[note.encounterType as EncounterType] ?? note.encounterType} · {note.author}
                </Text>
                <Badge size="xs" variant={note.status === 'signed' ? 'light' : 'outline'} color="gray">
                  {statusLabel[note.status]}
                </Badge>
              </Group>
              {note.excerpt && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {note.excerpt}
                </Text>
              )}
            </li>
          ))}
        </Stack>
      )}
    </FaceSheetCard>
  );
}
