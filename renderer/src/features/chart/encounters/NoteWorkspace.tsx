import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import type { NoteDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime, usePendingAction, useResource } from '../../../ui';
import { RetireItemDialog } from '../items/RetireItemDialog';
import { LoadFailed, LoadingLine } from '../LoadStatus';
import { AddendumModal } from './AddendumModal';
import { noteStatusColor, noteStatusLabel, retireReasons } from './encounter-text';
import { NoteEditor } from './NoteEditor';
import { NoteView } from './NoteView';

interface NoteWorkspaceProps {
  patientId: number;
  noteId: number;
  /** "Office visit 2026-03-02 with Dr. Jun Park", when the timeline knows it. */
  encounterLabel: string | null;
  userId: number;
  canWrite: boolean;
  canSign: boolean;
  physicians: readonly { id: number; fullName: string }[];
  onBack: () => void;
}

/** One note, opened from the timeline: the editor while it is a draft, the signed note and its addenda after. */
export function NoteWorkspace({
  patientId,
  noteId,
  encounterLabel,
  userId,
  canWrite,
  canSign,
  physicians,
  onBack,
}: NoteWorkspaceProps) {
  const note = useResource(() => api.notes.get({ patientId, noteId }));
  const [dialog, setDialog] = useState<'addendum' | 'retire' | null>(null);
  const addAddendum = usePendingAction(async (text: string) => {
    const result = await api.notes.addAddendum({ patientId, noteId, text });
    if (!result.ok) return result.error.message;
    note.setData(() => result.value);
    setDialog(null);
    return null;
  });
  const retire = usePendingAction((reason: string) => api.notes.retire({ patientId, noteId, reason }));
  const data = note.data;
  const editable = data !== null && canWrite && !data.retired && data.status !== 'signed';
  const mayRetire = data !== null && canWrite && !data.retired && (data.status !== 'signed' || canSign);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconArrowLeft size={14} aria-hidden />}
          onClick={onBack}
        >
          Back to encounters
        </Button>
        {mayRetire && (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDialog('retire')}>
            Retire note
          </Button>
        )}
      </Group>
      {note.loading && !data && <LoadingLine>Opening the note…</LoadingLine>}
      {note.error && (
        <LoadFailed title="The note could not be opened" error={note.error} onRetry={() => void note.reload()} />
      )}
      {data && (
        <Stack gap="sm" aria-label="Note">
          <Group gap="xs" align="baseline">
            <Title order={3} size="h4">
              {data.templateName} note
            </Title>
            <Badge color={data.retired ? 'gray' : noteStatusColor[data.status]} variant="light">
              {data.retired ? 'Retired' : noteStatusLabel(data.status)}
            </Badge>
            <Text size="sm" c="dimmed">
              {encounterLabel ? `${encounterLabel}; ` : ''}by {data.authorName}, started{' '}
              {formatDateTime(data.createdAt)}
            </Text>
          </Group>
          {data.retired && (
            <Alert color="gray" variant="light" title="Retired">
              Reason: {data.retiredReason}
            </Alert>
          )}
          {editable ? (
            <NoteEditor
              key={data.id}
              patientId={patientId}
              note={data}
              userId={userId}
              canSign={canSign}
              physicians={physicians}
              onChanged={(changed: NoteDto) => note.setData(() => changed)}
            />
          ) : (
            <NoteView
              note={data}
              onAddAddendum={canWrite && !data.retired && data.status === 'signed' ? () => setDialog('addendum') : null}
            />
          )}
        </Stack>
      )}
      {dialog === 'addendum' && (
        <AddendumModal pending={addAddendum.pending} onAdd={addAddendum.run} onClose={() => setDialog(null)} />
      )}
      {dialog === 'retire' && data && (
        <RetireItemDialog
          noun="note"
          name={`${data.templateName} note`}
          explanation="The note stays in the chart, marked retired with your reason; a signed note keeps its signature."
          reasons={retireReasons}
          pending={retire.pending}
          onRetire={retire.run}
          onClose={() => setDialog(null)}
          onRetired={() => {
            setDialog(null);
            void note.reload();
          }}
        />
      )}
    </Stack>
  );
}
