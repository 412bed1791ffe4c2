import type { HistoryEntry } from '../../../../../electron/contract';
import { VersionEntry } from '../items/VersionEntry';

const kindLabels: Record<HistoryEntry['kind'], string> = { registered: 'Registered', edited: 'Edited' };

/** One saved version of the demographics. */
export function HistoryEntryItem({ entry }: { entry: HistoryEntry }) {
  return (
    <VersionEntry
      badge={{ label: kindLabels[entry.kind], color: entry.kind === 'registered' ? 'blue' : 'gray' }}
      at={entry.at}
      by={entry.by}
      version={entry.version}
      note={entry.note}
      changes={entry.changes}
    />
  );
}
