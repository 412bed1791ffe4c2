import { Alert, Button, Group, Paper, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { LoadFailed, LoadingLine } from '../LoadStatus';

interface ItemPanelProps {
  /** The heading and the region's accessible name: "Medications". */
  title: string;
  /** How the list is named in messages: "the medication list". */
  listName: string;
  /** The add button's words ("Add medication"); no button when absent or when the user cannot write. */
  addLabel?: string;
  onAdd?: () => void;
  canWrite: boolean;
  /** Buttons beside "Add" (e.g. "Reviewed today"), shown only to users who can write. */
  extraActions?: ReactNode;
  loading: boolean;
  /** The load error, with a retry. */
  error: string | null;
  onRetry: () => void;
  /** The last refused action (edit, retire, status change), until dismissed. */
  actionError?: string | null;
  onDismissActionError?: () => void;
  /** False until the first load: the body is not shown before there is data. */
  ready: boolean;
  children: ReactNode;
}

/**
 * The frame every chart item panel shares (issue 4): a titled region, its add button, and the same
 * words for loading, a failed load and a refused change, so each panel only draws its own items.
 */
export function ItemPanel(props: ItemPanelProps) {
  const headingId = `${props.title.toLowerCase().replace(/[^a-z]+/g, '-')}-title`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm" radius="sm">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={headingId}>
          {props.title}
        </Title>
        {props.canWrite && props.ready && (
          <Group gap="xs">
            {props.extraActions}
            {props.addLabel && props.onAdd && (
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={props.onAdd}
              >
                {props.addLabel}
              </Button>
            )}
          </Group>
        )}
      </Group>

      {props.loading && !props.ready && <LoadingLine>Loading {props.listName}…</LoadingLine>}
      {props.error && (
        <LoadFailed
          title={`${capitalise(props.listName)} could not be shown`}
          error={props.error}
          onRetry={props.onRetry}
          mb="sm"
        />
      )}
      {props.actionError && (
        <Alert
          color="red"
          variant="light"
          title="Not changed"
          mb="sm"
          withCloseButton
          onClose={props.onDismissActionError}
        >
          {props.actionError}
        </Alert>
      )}
      {props.ready && props.children}
    </Paper>
  );
}

/** A list as useResource reads it: what ItemPanel needs to show its loading, error and retry. */
interface LoadedList {
  loading: boolean;
  error: string | null;
  data: unknown;
  reload: () => unknown;
}

/** ItemPanel's load props for a panel that shows one list: its body waits for the first answer. */
export const listStateOf = (list: LoadedList) => ({
  loading: list.loading,
  error: list.error,
  onRetry: () => void list.reload(),
  ready: list.data !== null,
});

const capitalise = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);
