import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import type { NoteDto, NoteSection, Result } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { ConfirmDialog, usePendingAction } from '../../../ui';
import { CosignModal } from './CosignModal';
import { SaveStatus } from './SaveStatus';
import { useNoteAutosave } from './use-note-autosave';

interface NoteEditorProps {
  patientId: number;
  note: NoteDto;
  userId: number;
  /** notes.sign: physicians sign and co-sign. */
  canSign: boolean;
  physicians: readonly { id: number; fullName: string }[];
  /** The note after a signature or a co-signature request. */
  onChanged: (note: NoteDto) => void;
}

type Dialog = 'sign' | 'cosign' | 'send' | null;

/**
 * A draft (or a note waiting for co-signature) being written: one textarea per section, saved as it
 * is typed. Signing and co-signing send the text on screen with the call, so what is signed is
 * exactly what the physician read.
 */
export function NoteEditor({ patientId, note, userId, canSign, physicians, onChanged }: NoteEditorProps) {
  const [sections, setSections] = useState<NoteSection[]>(note.sections);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const autosave = useNoteAutosave({ patientId, noteId: note.id, version: note.version, initial: note.sections });
  const mine = note.status === 'awaiting-cosign' && note.cosignerId === userId;

  const edit = (index: number, text: string) => {
    const next = sections.map((section, i) => (i === index ? { ...section, text } : section));
    setSections(next);
    autosave.update(next);
  };

  /** Saves what is waiting, then makes the call with the version that save produced. */
  const act = usePendingAction(async (call: (expectedVersion: number) => Promise<Result<NoteDto>>) => {
    setError(null);
    const result = await call(await autosave.flush());
    if (!result.ok) {
      setError(result.error.message);
      return result.error.message;
    }
    autosave.adopt(result.value.version, result.value.sections);
    setDialog(null);
    onChanged(result.value);
    return null;
  });
  const write = (expectedVersion: number) => ({ patientId, noteId: note.id, expectedVersion, sections });

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <SaveStatus state={autosave.state} />
        <Group gap="xs">
          {note.status === 'draft' && (
            <Button size="compact-sm" variant="default" onClick={() => setDialog('send')}>
              Send for co-signature
            </Button>
          )}
          {canSign && note.status === 'draft' && (
            <Button
              size="compact-sm"
              leftSection={<IconSignature size={14} aria-hidden />}
              onClick={() => setDialog('sign')}
            >
              Sign note
            </Button>
          )}
          {canSign && mine && (
            <Button
              size="compact-sm"
              leftSection={<IconSignature size={14} aria-hidden />}
              onClick={() => setDialog('cosign')}
            >
              Co-sign note
            </Button>
          )}
        </Group>
      </Group>
      {note.status === 'awaiting-cosign' && !mine && (
        <Alert color="orange" variant="light" title="Awaiting co-signature">
          Sent to {note.cosignerName} for co-signature. It can still be corrected until they sign it.
        </Alert>
      )}
      {error && dialog === null && (
        <Alert color="red" variant="light" title="Not done" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {sections.map((section, index) => (
        <Textarea
          key={section.title}
          label={section.title}
          autosize
          minRows={3}
          maxLength={50_000}
          value={section.text}
          onChange={(event) => edit(index, event.currentTarget.value)}
          styles={{ input: { fontFamily: 'inherit', lineHeight: 1.5 } }}
        />
      ))}

      <ConfirmDialog
        opened={dialog === 'sign' || dialog === 'cosign'}
        title={dialog === 'cosign' ? 'Co-sign this note?' : 'Sign this note?'}
        confirmLabel={dialog === 'cosign' ? 'Co-sign' : 'Sign'}
        pending={act.pending}
        error={error}
        onConfirm={() =>
          void act.run((expectedVersion) =>
            dialog === 'cosign' ? api.notes.cosign(write(expectedVersion)) : api.notes.sign(write(expectedVersion)),
          )
        }
        onCancel={() => {
          setDialog(null);
          setError(null);
        }}
      >
        The note is saved as it is on screen and locked under your name. After that it cannot be changed: corrections
        and additions are addenda shown under it.
      </ConfirmDialog>
      {dialog === 'send' && (
        <CosignModal
          physicians={physicians.filter((p) => p.id !== userId)}
          pending={act.pending}
          onSend={(cosignerId) =>
            act.run((expectedVersion) => api.notes.requestCosign({ ...write(expectedVersion), cosignerId }))
          }
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
