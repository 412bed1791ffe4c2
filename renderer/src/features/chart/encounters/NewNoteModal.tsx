import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { EncounterDto, NoteDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { FormAlert, usePendingAction } from '../../../ui';
import { encounterTypeLabel } from './encounter-text';
import { useNoteTemplates } from './use-encounters';

interface NewNoteModalProps {
  patientId: number;
  encounter: EncounterDto;
  onClose: () => void;
  onCreated: (note: NoteDto) => void;
}

/** "New note": pick a template; the server fills its smart inserts from the chart as it is now. */
export function NewNoteModal({ patientId, encounter, onClose, onCreated }: NewNoteModalProps) {
  const templates = useNoteTemplates();
  const active = (templates.data ?? []).filter((t) => t.active);
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = picked ?? (active[0] ? String(active[0].id) : null);
  const create = usePendingAction(async () => {
    if (!chosen) return;
    setError(null);
    const result = await api.notes.create({ patientId, encounterId: encounter.id, templateId: Number(chosen) });
    if (result.ok) onCreated(result.value);
    else setError(result.error.message);
  });

  return (
    <Modal
      opened
      onClose={onClose}
      centered
      title={`New note: ${encounterTypeLabel(encounter.type)}, ${encounter.date}`}
    >
      <Stack gap="sm">
        <FormAlert title="No note started" message={error} />
        {templates.error && (
          <Alert color="red" variant="light" title="The templates could not be shown">
            {templates.error}
          </Alert>
        )}
        {templates.data && active.length === 0 && <Text size="sm">No template is in use. Ask the office manager.</Text>}
        {active.length > 0 && (
          <Radio.Group label="Template" value={chosen} onChange={setPicked}>
            <Stack gap={6} mt={6}>
              {active.map((template) => (
                <Radio
                  key={template.id}
                  value={String(template.id)}
                  label={template.name}
                  description={template.sections.map((s) => s.title).join(' · ')}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Text size="xs" c="dimmed">
          Vitals, medications, allergies and problems in the template are filled in from the chart as it is now.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={create.pending}>
            Cancel
          </Button>
          <Button onClick={() => void create.run()} loading={create.pending} disabled={!chosen}>
            Start note
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
