import { Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { EncounterDto, EncounterType } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { formatDateTime, ListWindowMore, useListWindow } from '../../../ui';
import { useSession } from '../../auth';
import { CollapsibleItemList } from '../items/CollapsibleItemList';
import { ItemActions } from '../items/ItemActions';
import { ItemHistoryModal } from '../items/ItemHistoryModal';
import { ItemPanel, listStateOf } from '../items/ItemPanel';
import { RetireItemDialog } from '../items/RetireItemDialog';
import { EncounterFormModal } from './EncounterFormModal';
import {
  encounterFieldLabel,
  encounterHistoryValue,
  encounterTypeLabel,
  encounterTypeOptions,
  noteStatusColor,
  noteStatusLabel,
  retireReasons,
} from './encounter-text';
import { NewNoteModal } from './NewNoteModal';
import { NoteWorkspace } from './NoteWorkspace';
import { closeNote, openNote, useOpenNoteId } from './open-note';
import { type TimelineFilter, useEncounterTimeline, useEncounterWrites, useProviders } from './use-encounters';

interface EncountersPanelProps {
  patientId: number;
  canWrite: boolean;
  /** notes.sign: physicians sign and co-sign notes. */
  canSign: boolean;
}

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; encounter: EncounterDto }
  | { kind: 'retire'; encounter: EncounterDto }
  | { kind: 'history'; encounter: EncounterDto }
  | { kind: 'new-note'; encounter: EncounterDto }
  | null;

/** Encounters rendered at a time: a screenful and more, drawn at once even on a 1,000-encounter chart. */
const encountersAtATime = 25;

const describe = (encounter: EncounterDto) => `${encounterTypeLabel(encounter.type)} ${encounter.date}`;

/**
 * The encounter timeline (issue 4): newest first, filterable by type and provider, each encounter with
 * its notes. Opening a note replaces the timeline with the note until "Back to encounters".
 */
export function EncountersPanel({ patientId, canWrite, canSign }: EncountersPanelProps) {
  const userId = useSession()?.user.id ?? 0;
  const [filter, setFilter] = useState<TimelineFilter>({ type: null, providerId: null });
  const timeline = useEncounterTimeline(patientId, filter);
  const providers = useProviders();
  const writes = useEncounterWrites(patientId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const openNoteId = useOpenNoteId(userId, patientId);
  const physicians = providers.data ?? [];
  const providerNames = new Map(physicians.map((p) => [p.id, p.fullName]));
  for (const encounter of [...(timeline.data?.active ?? []), ...(timeline.data?.retired ?? [])])
    providerNames.set(encounter.providerId, encounter.providerName);

  const changed = () => {
    setDialog(null);
    void timeline.reload();
  };
  const open = (noteId: number) => openNote({ userId, patientId, noteId });
  const backToTimeline = () => {
    closeNote();
    void timeline.reload();
  };

  const card = (encounter: EncounterDto) => (
    <Paper component="li" key={encounter.id} withBorder p="xs" radius="sm" aria-label={describe(encounter)}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Group gap="xs">
            <Text fw={700} size="sm">
              {encounter.date}
            </Text>
            <Badge variant="light" color="blue" size="sm">
              {encounterTypeLabel(encounter.type)}
            </Badge>
            <Text size="sm">{encounter.providerName}</Text>
          </Group>
          {encounter.reason && (
            <Text size="sm" c="dimmed">
              {encounter.reason}
            </Text>
          )}
          {encounter.retired && (
            <Text size="sm" c="dimmed">
              Retired: {encounter.retiredReason}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {canWrite && !encounter.retired && (
            <Button
              size="compact-xs"
              variant="light"
              leftSection={<IconFilePlus size={14} aria-hidden />}
              aria-label={`New note for ${describe(encounter)}`}
              onClick={() => setDialog({ kind: 'new-note', encounter })}
            >
              New note
            </Button>
          )}
          <ItemActions
            name={describe(encounter)}
            canWrite={canWrite}
            retired={encounter.retired}
            onEdit={() => setDialog({ kind: 'edit', encounter })}
            onRetire={() => setDialog({ kind: 'retire', encounter })}
            onHistory={() => setDialog({ kind: 'history', encounter })}
          />
        </Group>
      </Group>
      {encounter.notes.length > 0 && (
        <Stack component="ul" gap={4} mt={6} aria-label="Notes" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {encounter.notes.map((note) => (
            <Group component="li" key={note.id} gap="xs" wrap="nowrap" justify="space-between">
              <Group gap="xs">
                <Text size="sm" fw={600} td={note.retired ? 'line-through' : undefined}>
                  {note.templateName} note
                </Text>
                <Badge size="sm" variant="light" color={note.retired ? 'gray' : noteStatusColor[note.status]}>
                  {note.retired ? 'Retired' : noteStatusLabel(note.status)}
                </Badge>
                <Text size="xs" c="dimmed">
                  by {note.authorName}
                  {note.status === 'signed' && `; signed by ${note.signerName}, ${formatDateTime(note.signedAt)}`}
                  {note.status === 'awaiting-cosign' && `; waiting for ${note.cosignerName}`}
                  {note.status !== 'signed' && `; last saved ${formatDateTime(note.updatedAt)}`}
                  {note.addendumCount > 0 && `; ${note.addendumCount} addend${note.addendumCount === 1 ? 'um' : 'a'}`}
                </Text>
              </Group>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`Open ${note.templateName} note of ${describe(encounter)}`}
                onClick={() => open(note.id)}
              >
                Open
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );

  const data = timeline.data;
  const openEncounter = [...(data?.active ?? []), ...(data?.retired ?? [])].find((e) =>
    e.notes.some((note) => note.id === openNoteId),
  );
  const filtered = filter.type !== null || filter.providerId !== null;
  const timelineWindow = useListWindow(data?.active ?? [], encountersAtATime, `${filter.type}|${filter.providerId}`);
  return (
    <ItemPanel
      title="Encounters & notes"
      listName="the encounter timeline"
      {...(openNoteId === null ? { addLabel: 'New encounter', onAdd: () => setDialog({ kind: 'add' }) } : {})}
      canWrite={canWrite}
      {...listStateOf(timeline)}
    >
      {openNoteId !== null ? (
        <NoteWorkspace
          key={openNoteId}
          patientId={patientId}
          noteId={openNoteId}
          encounterLabel={openEncounter ? `${describe(openEncounter)} with ${openEncounter.providerName}` : null}
          userId={userId}
          canWrite={canWrite}
          canSign={canSign}
          physicians={physicians}
          onBack={backToTimeline}
        />
      ) : (
        data && (
          <Stack gap="sm">
            <Group gap="sm" role="search" aria-label="Filter the timeline">
              <Select
                size="xs"
                label="Type"
                placeholder="All types"
                clearable
                data={encounterTypeOptions}
                value={filter.type}
                onChange={(value) => setFilter((f) => ({ ...f, type: (value as EncounterType | null) ?? null }))}
              />
              <Select
                size="xs"
                label="Provider"
                placeholder="All providers"
                clearable
                data={[...providerNames].map(([id, name]) => ({ value: String(id), label: name }))}
                value={filter.providerId === null ? null : String(filter.providerId)}
                onChange={(value) => setFilter((f) => ({ ...f, providerId: value ? Number(value) : null }))}
              />
            </Group>
            {data.active.length === 0 ? (
              <Text size="sm">{filtered ? 'No encounters match these filters.' : 'No encounters recorded.'}</Text>
            ) : (
              <Stack
                component="ol"
                gap="xs"
                aria-label="Encounter timeline"
                style={{ listStyle: 'none', padding: 0, margin: 0 }}
              >
                {timelineWindow.shown.map(card)}
              </Stack>
            )}
            <ListWindowMore window={timelineWindow} noun="encounters" />
            <CollapsibleItemList label="Retired" count={data.retired.length} listLabel="Retired encounters">
              {data.retired.map(card)}
            </CollapsibleItemList>
          </Stack>
        )
      )}

      {(dialog?.kind === 'add' || dialog?.kind === 'edit') && (
        <EncounterFormModal
          encounter={dialog.kind === 'edit' ? dialog.encounter : null}
          providers={physicians}
          userId={userId}
          pending={dialog.kind === 'edit' ? writes.update.pending : writes.add.pending}
          onSave={(fields) =>
            dialog.kind === 'edit'
              ? writes.update.run(dialog.encounter.id, dialog.encounter.version, fields)
              : writes.add.run(fields)
          }
          onClose={() => setDialog(null)}
          onSaved={changed}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          noun="encounter"
          name={describe(dialog.encounter)}
          explanation="The encounter leaves the timeline and stays in the retired list with its notes and history."
          reasons={retireReasons}
          pending={writes.retire.pending}
          onRetire={(reason) => writes.retire.run(dialog.encounter.id, reason)}
          onClose={() => setDialog(null)}
          onRetired={changed}
        />
      )}
      {dialog?.kind === 'history' && (
        <ItemHistoryModal
          title={`History: ${describe(dialog.encounter)}`}
          load={() => api.encounters.history({ patientId, itemId: dialog.encounter.id })}
          fieldLabel={encounterFieldLabel}
          historyValue={encounterHistoryValue(providerNames)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'new-note' && (
        <NewNoteModal
          patientId={patientId}
          encounter={dialog.encounter}
          onClose={() => setDialog(null)}
          onCreated={(note) => {
            setDialog(null);
            open(note.id);
            // The timeline learns of the new note, so the note's header can name its encounter.
            void timeline.reload();
          }}
        />
      )}
    </ItemPanel>
  );
}
