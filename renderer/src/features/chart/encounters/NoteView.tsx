import { Alert, Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertOctagon, IconPlus, IconShieldCheck } from '@tabler/icons-react';
import type { NoteDto } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';

interface NoteViewProps {
  note: NoteDto;
  /** Shows "Add addendum" (signed, current notes, users who can write). */
  onAddAddendum: (() => void) | null;
}

const preWrap = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The hash check the server made when it read the note: quiet when verified, loud when not. */
function IntegrityNotice({ note }: { note: NoteDto }) {
  if (note.integrity.state === 'verified')
    return (
      <Group gap={6} c="green.8" aria-label="Signature check">
        <IconShieldCheck size={16} aria-hidden />
        <Text size="sm" fw={600}>
          Signature verified
        </Text>
        <Text size="xs" c="dimmed">
          SHA-256 {note.contentHash.slice(0, 12)}…
        </Text>
      </Group>
    );
  if (note.integrity.state === 'mismatch')
    return (
      <Alert
        color="red"
        variant="filled"
        icon={<IconAlertOctagon aria-hidden />}
        title="Integrity warning"
        role="alert"
      >
        {note.integrity.message}
      </Alert>
    );
  return null;
}

/** A signed (or retired) note, read-only, with its signature, its hash check and its addenda beneath. */
export function NoteView({ note, onAddAddendum }: NoteViewProps) {
  return (
    <Stack gap="sm">
      <IntegrityNotice note={note} />
      {note.sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <Title order={3} size="h5">
            {section.title}
          </Title>
          <Text size="sm" style={preWrap}>
            {section.text || '—'}
          </Text>
        </section>
      ))}
      {note.status === 'signed' && (
        <Text size="sm" fw={600}>
          Electronically signed by {note.signerName} on {formatDateTime(note.signedAt)}
          {note.authorName !== note.signerName && (
            <Text span size="sm" fw={400}>
              {' '}
              (written by {note.authorName}; co-signed)
            </Text>
          )}
        </Text>
      )}
      {note.status === 'signed' && (
        <>
          <Divider
            label={note.addenda.length ? `Addenda (${note.addenda.length})` : 'No addenda'}
            labelPosition="left"
          />
          {note.addenda.length > 0 && (
            <Stack component="ol" gap="xs" aria-label="Addenda" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {note.addenda.map((addendum) => (
                <Paper component="li" key={addendum.id} withBorder p="xs" radius="sm" bg="gray.0">
                  <Group gap="xs" mb={4}>
                    <Text size="xs" fw={600}>
                      Addendum by {addendum.authorName}, {formatDateTime(addendum.at)}
                    </Text>
                    {!addendum.verified && (
                      <Badge color="red" variant="filled" size="sm">
                        Integrity warning: changed after it was added
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" style={preWrap}>
                    {addendum.text}
                  </Text>
                </Paper>
              ))}
            </Stack>
          )}
          {onAddAddendum && (
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                A signed note cannot be edited: add an addendum to correct or add to it.
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={onAddAddendum}
              >
                Add addendum
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
