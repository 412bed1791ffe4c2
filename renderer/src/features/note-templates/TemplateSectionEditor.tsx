import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import { smartInsertLabels, smartInserts, smartInsertToken } from '../../../../electron/contract';
import { insertAtCursor } from './insert-at-cursor';

export interface SectionDraft {
  /** Stable across reordering, for React's keys. */
  key: number;
  title: string;
  text: string;
}

interface TemplateSectionEditorProps {
  section: SectionDraft;
  index: number;
  count: number;
  onChange: (section: SectionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

/** One section of a template: its title, its starting text, and buttons that put a smart insert at the cursor. */
export function TemplateSectionEditor({
  section,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: TemplateSectionEditorProps) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const name = section.title || `Section ${index + 1}`;

  const insert = (token: string) => {
    const area = textRef.current;
    const next = insertAtCursor(section.text, token, area?.selectionStart ?? null, area?.selectionEnd ?? null);
    onChange({ ...section, text: next.text });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(next.cursor, next.cursor);
    });
  };

  return (
    <Paper withBorder p="sm" radius="sm" component="li" aria-label={name}>
      <Stack gap="xs">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Section title"
            required
            maxLength={80}
            value={section.title}
            onChange={(event) => onChange({ ...section, title: event.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <ActionIcon variant="subtle" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onMove(-1)}>
            <IconArrowUp size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={`Move ${name} down`}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <IconArrowDown size={16} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove ${name}`}
            disabled={count === 1}
            onClick={onRemove}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
        <Textarea
          ref={textRef}
          label="Starting text"
          autosize
          minRows={3}
          maxLength={20_000}
          value={section.text}
          onChange={(event) => onChange({ ...section, text: event.currentTarget.value })}
        />
        <Group gap={6}>
          <Text size="xs" c="dimmed">
            Insert from the chart:
          </Text>
          {smartInserts.map((insertName) => (
            <Button
              key={insertName}
              size="compact-xs"
              variant="light"
              aria-label={`Insert ${smartInsertLabels[insertName].toLowerCase()} into ${name}`}
              onClick={() => insert(smartInsertToken(insertName))}
            >
              {smartInsertLabels[insertName]}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
