import { Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { formatClock } from './encounter-text';
import type { SaveState } from './use-note-autosave';

/** Where the draft stands: "Saved 10:42:13", "Saving…" or "Not saved: <reason>"; announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <Text
      size="sm"
      role="status"
      aria-live="polite"
      c={state.kind === 'failed' ? 'red' : 'dimmed'}
      data-save-state={state.kind}
    >
      {state.kind === 'saved' && (
        <>
          <IconCheck size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> Saved {formatClock(state.at)}
        </>
      )}
      {state.kind === 'saving' && (
        <>
          <Loader size={10} aria-hidden /> Saving…
        </>
      )}
      {state.kind === 'failed' && (
        <>
          <IconAlertTriangle size={14} aria-hidden style={{ verticalAlign: 'middle' }} /> Not saved: {state.reason}
        </>
      )}
      {state.kind === 'idle' && 'Changes are saved as you type'}
    </Text>
  );
}
