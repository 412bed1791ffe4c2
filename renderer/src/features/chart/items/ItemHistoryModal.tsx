import { Button, Divider, Group, Modal, Stack } from '@mantine/core';
import { Fragment } from 'react';
import type { Result } from '../../../../../electron/contract';
import { useResource } from '../../../ui';
import { LoadFailed, LoadingLine } from '../LoadStatus';
import { actionLabels, type ChartItemVersion } from './item-text';
import { VersionEntry } from './VersionEntry';

interface ItemHistoryModalProps {
  /** The dialog's title, e.g. "History: Penicillin". */
  title: string;
  /** Reads the item's versions (any order); they are shown newest first. */
  load: () => Promise<Result<ChartItemVersion[]>>;
  /** A changed field's name, as the form labels it. */
  fieldLabel: (field: string) => string;
  /** A stored value, in words. */
  historyValue: (field: string, value: string) => string;
  onClose: () => void;
}

/** Every version of one chart item, newest first: what was done, by whom, when, why, and what changed. */
export function ItemHistoryModal({ title, load, fieldLabel, historyValue, onClose }: ItemHistoryModalProps) {
  const history = useResource(async () => {
    const result = await load();
    return result.ok ? { ...result, value: [...result.value].sort((a, b) => b.version - a.version) } : result;
  });
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg">
      {history.loading && !history.data && <LoadingLine>Loading the history…</LoadingLine>}
      {history.error && (
        <LoadFailed
          title="The history could not be shown"
          error={history.error}
          onRetry={() => void history.reload()}
        />
      )}
      {history.data && (
        <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Versions">
          {history.data.map((entry, index) => (
            <Fragment key={entry.version}>
              {index > 0 && <Divider component="li" aria-hidden />}
              <VersionEntry
                badge={{ label: actionLabels[entry.action], color: entry.action === 'retired' ? 'gray' : 'blue' }}
                at={entry.at}
                by={entry.by}
                version={entry.version}
                note={entry.reason ? `Reason: ${entry.reason}` : ''}
                changes={entry.changes.map((change) => ({
                  label: fieldLabel(change.field),
                  before: historyValue(change.field, change.before),
                  after: historyValue(change.field, change.after),
                }))}
              />
            </Fragment>
          ))}
        </Stack>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Modal>
  );
}
