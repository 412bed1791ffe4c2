import { Button, Collapse, Stack } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';

interface CollapsibleItemListProps {
  /** The toggle's words, e.g. "Retired"; the count follows in brackets. */
  label: string;
  count: number;
  /** The list's accessible name, e.g. "Retired allergies". */
  listLabel: string;
  /** The list items (<li>). */
  children: ReactNode;
}

/** A closed-by-default list under a chart panel ("Retired (2)", "Resolved (1)"), toggled by a button. */
export function CollapsibleItemList({ label, count, listLabel, children }: CollapsibleItemListProps) {
  const [shown, setShown] = useState(false);
  const listId = useId();
  if (count === 0) return null;
  return (
    <div>
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        aria-expanded={shown}
        aria-controls={listId}
        leftSection={shown ? <IconChevronDown size={14} aria-hidden /> : <IconChevronRight size={14} aria-hidden />}
        onClick={() => setShown((current) => !current)}
      >
        {label} ({count})
      </Button>
      <Collapse expanded={shown} id={listId}>
        <Stack component="ul" gap={4} m={0} mt={4} p={0} style={{ listStyle: 'none' }} aria-label={listLabel}>
          {children}
        </Stack>
      </Collapse>
    </div>
  );
}
