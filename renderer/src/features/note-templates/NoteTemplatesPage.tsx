import { Alert, Badge, Button, Group, Loader, Table, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { NoteTemplateDto } from '../../../../electron/contract';
import { PageHeader } from '../../ui';
import { TemplateEditorModal } from './TemplateEditorModal';
import { useSaveTemplate, useSetTemplateActive, useTemplateList } from './use-note-templates';

/** Settings > Note templates: the practice's templates, edited by the office manager and physicians. */
export function NoteTemplatesPage() {
  const list = useTemplateList();
  const save = useSaveTemplate();
  const setActive = useSetTemplateActive();
  const [editing, setEditing] = useState<NoteTemplateDto | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = async (template: NoteTemplateDto) => {
    setError(null);
    const result = await setActive.run(template.id, template.version, !template.active);
    if (!result.ok) setError(result.error.message);
    void list.reload();
  };

  return (
    <>
      <PageHeader
        title="Note templates"
        description="The sections a new note starts with. Smart inserts fill in the patient's current vitals, medications, allergies and problems."
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
            New template
          </Button>
        }
      />
      {error && (
        <Alert color="red" variant="light" title="Not changed" mb="sm" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {list.error && (
        <Alert color="red" title="Could not load the templates">
          {list.error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void list.reload()}>
            Try again
          </Button>
        </Alert>
      )}
      {!list.data && !list.error && <Loader size="sm" aria-label="Loading the templates" />}
      {list.data && (
        <Table striped withTableBorder aria-label="Note templates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Sections</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.map((template) => (
              <Table.Tr key={template.id}>
                <Table.Td fw={600}>{template.name}</Table.Td>
                <Table.Td>{template.sections.map((s) => s.title).join(' · ')}</Table.Td>
                <Table.Td>
                  {template.isDefault ? (
                    <Badge variant="light">Default</Badge>
                  ) : template.active ? (
                    <Badge variant="light" color="green">
                      In use
                    </Badge>
                  ) : (
                    <Badge variant="light" color="gray">
                      Not in use
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      aria-label={`Edit ${template.name}`}
                      onClick={() => setEditing(template)}
                    >
                      Edit
                    </Button>
                    {!template.isDefault && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color={template.active ? 'red' : undefined}
                        disabled={setActive.pending}
                        aria-label={`${template.active ? 'Stop using' : 'Use'} ${template.name}`}
                        onClick={() => void toggle(template)}
                      >
                        {template.active ? 'Stop using' : 'Use again'}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <TemplateEditorModal
          template={editing === 'new' ? null : editing}
          pending={save.pending}
          onSave={save.run}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void list.reload();
          }}
        />
      )}
    </>
  );
}
