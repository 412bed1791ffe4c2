import { Alert, Button, Group, Paper, Title } from '@mantine/core';
import { IconHistory, IconPencil } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { PatientDto } from '../../../../../electron/contract';
import { DiscardChangesModal, DraftStatus } from '../../patients';
import { DemographicsEditor } from './DemographicsEditor';
import { DemographicsView } from './DemographicsView';
import { useDemographicsEditor } from './use-demographics-editor';

interface DemographicsPanelProps {
  patientId: number;
  patient: PatientDto;
  onSaved: (patient: PatientDto) => void;
  onReload: () => void;
}

/** The patient's demographics: a read view, and the shared patient form when editing. */
export function DemographicsPanel({ patientId, patient, onSaved, onReload }: DemographicsPanelProps) {
  const editor = useDemographicsEditor({ patientId, patient, onSaved, onReload });
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const { editing, form } = editor;

  // Keyboard users land in the first field when editing starts, and back on "Edit" when it ends.
  useEffect(() => {
    if (editing) form.setFocus('legalGivenName');
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing, form]);

  const cancel = () => (editor.dirty ? setConfirmingCancel(true) : void editor.discardChanges());

  return (
    <Paper component="section" aria-labelledby="demographics-title" withBorder p="sm" radius="sm">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={2} size="h4" id="demographics-title">
            Demographics
          </Title>
          {editing && <DraftStatus saving={editor.draftSaving} dirty={editor.dirty} />}
        </Group>
        {!editing && (
          <Button
            ref={editButton}
            size="compact-sm"
            variant="light"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={editor.startEditing}
          >
            Edit demographics
          </Button>
        )}
      </Group>
      {editing && editor.restoredDraft && (
        <Alert color="blue" variant="light" icon={<IconHistory size={18} aria-hidden />} p="xs" mb="sm">
          Your unsaved changes from earlier are back, as you left them.
        </Alert>
      )}
      {editing ? <DemographicsEditor editor={editor} onCancel={cancel} /> : <DemographicsView patient={patient} />}
      <DiscardChangesModal
        opened={confirmingCancel}
        what="demographic changes"
        onKeep={() => setConfirmingCancel(false)}
        onDiscard={() => {
          setConfirmingCancel(false);
          void editor.discardChanges();
        }}
      />
    </Paper>
  );
}
