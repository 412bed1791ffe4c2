import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import {
  type NoteTemplateDto,
  type Result,
  type SaveTemplateInput,
  saveTemplateInputSchema,
  smartInserts,
  smartInsertToken,
} from '../../../../electron/contract';
import { FormAlert } from '../../ui';
import { type SectionDraft, TemplateSectionEditor } from './TemplateSectionEditor';

interface TemplateEditorModalProps {
  /** The template being edited, or null for a new one. */
  template: NoteTemplateDto | null;
  pending: boolean;
  onSave: (input: SaveTemplateInput) => Promise<Result<NoteTemplateDto>>;
  onClose: () => void;
  onSaved: () => void;
}

/** Name a template and edit its sections; smart inserts are placed with buttons, never typed from memory. */
export function TemplateEditorModal({ template, pending, onSave, onClose, onSaved }: TemplateEditorModalProps) {
  const nextKey = useRef(0);
  const draft = (title: string, text: string): SectionDraft => ({ key: nextKey.current++, title, text });
  const [name, setName] = useState(template?.name ?? '');
  const [sections, setSections] = useState<SectionDraft[]>(() =>
    template ? template.sections.map((s) => draft(s.title, s.text)) : [draft('Note', '')],
  );
  const [error, setError] = useState<string | null>(null);

  const replace = (index: number, section: SectionDraft) =>
    setSections((all) => all.map((s, i) => (i === index ? section : s)));
  const move = (index: number, by: -1 | 1) =>
    setSections((all) => {
      const next = [...all];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });

  const save = async () => {
    const input: SaveTemplateInput = {
      ...(template ? { templateId: template.id, expectedVersion: template.version } : {}),
      name,
      sections: sections.map((s) => ({ title: s.title, text: s.text })),
    };
    const checked = saveTemplateInputSchema.safeParse(input);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Check the template.');
      return;
    }
    setError(null);
    const result = await onSave(input);
    if (result.ok) onSaved();
    else setError(result.error.message);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      size="xl"
      title={template ? `Edit template: ${template.name}` : 'New template'}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          A note copies its template when it is started: {smartInserts.map(smartInsertToken).join(', ')} are filled from
          the patient&apos;s chart at that moment. Changing a template never changes notes already written.
        </Text>
        <FormAlert title="Not saved" message={error} />
        <TextInput
          label="Template name"
          required
          maxLength={80}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-autofocus
        />
        <Stack component="ol" gap="xs" aria-label="Sections" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {sections.map((section, index) => (
            <TemplateSectionEditor
              key={section.key}
              section={section}
              index={index}
              count={sections.length}
              onChange={(changed) => replace(index, changed)}
              onMove={(by) => move(index, by)}
              onRemove={() => setSections((all) => all.filter((_, i) => i !== index))}
            />
          ))}
        </Stack>
        <Group justify="space-between">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} aria-hidden />}
            disabled={sections.length >= 20}
            onClick={() => setSections((all) => [...all, draft('', '')])}
          >
            Add section
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button onClick={() => void save()} loading={pending}>
              Save template
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
