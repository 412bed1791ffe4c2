import { Anchor, Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface FaceSheetCardProps {
  title: string;
  /** Where "See all" goes: the section with the whole list and its edits. */
  onOpen?: () => void;
  openLabel?: string;
  children: ReactNode;
}

/** One box of the face sheet: a titled region and a way to the full section. */
export function FaceSheetCard({ title, onOpen, openLabel, children }: FaceSheetCardProps) {
  const headingId = `face-sheet-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm" radius="sm">
      <Group justify="space-between" mb={6}>
        <Title order={2} size="h5" id={headingId}>
          {title}
        </Title>
        {onOpen && (
          <Anchor component="button" type="button" size="sm" onClick={onOpen}>
            {openLabel ?? 'See all'}
          </Anchor>
        )}
      </Group>
      {children}
    </Paper>
  );
}
