import { Button, Group, Text } from '@mantine/core';
import { useCallback, useState } from 'react';

export interface ListWindow<T> {
  /** The items on screen: the first `step`, `2 × step`, … of the list. */
  shown: readonly T[];
  total: number;
  step: number;
  showMore: () => void;
  showAll: () => void;
}

/**
 * The first part of a long chart list. A twenty-year chart holds 1,000 encounters, 400 sets of vitals and
 * 250 lab panels; rendering every one took 2 to 7 seconds in Chromium before the tab showed anything
 * (issue 7, measured on the bench practice). A window of the newest shows at once, and grows when asked.
 * It starts over when `resetKey` changes (another filter), not when the list reloads after an edit, so a
 * user who showed more keeps their place.
 */
export function useListWindow<T>(items: readonly T[], step: number, resetKey = ''): ListWindow<T> {
  const [state, setState] = useState({ resetKey, count: step });
  const count = state.resetKey === resetKey ? state.count : step;
  if (state.resetKey !== resetKey) setState({ resetKey, count: step });
  const showMore = useCallback(() => setState((s) => ({ resetKey: s.resetKey, count: s.count + step })), [step]);
  const showAll = useCallback(() => setState((s) => ({ resetKey: s.resetKey, count: Number.POSITIVE_INFINITY })), []);
  return { shown: items.slice(0, count), total: items.length, step, showMore, showAll };
}

/** "Showing 25 of 1,000 encounters" with the buttons that show more; nothing once the whole list is shown. */
export function ListWindowMore({ window, noun }: { window: ListWindow<unknown>; noun: string }) {
  const remaining = window.total - window.shown.length;
  if (remaining <= 0) return null;
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    <Group gap="sm" role="group" aria-label={`More ${noun}`}>
      <Text size="sm" c="dimmed">
        Showing the newest {count(window.shown.length)} of {count(window.total)} {noun}.
      </Text>
      <Button size="compact-sm" variant="light" onClick={window.showMore}>
        Show {count(Math.min(window.step, remaining))} more
      </Button>
      {remaining > window.step && (
        <Button size="compact-sm" variant="subtle" onClick={window.showAll}>
          Show all {count(window.total)}
        </Button>
      )}
    </Group>
  );
}
