import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../ui';
import { CollapsibleItemList } from './CollapsibleItemList';

interface RetiredItem {
  id: number;
  updatedAt: string;
  retiredReason: string;
}

interface RetiredItemListProps<Item extends RetiredItem> {
  items: readonly Item[];
  /** The list's accessible name, e.g. "Retired allergies". */
  listLabel: string;
  /** The item's name, struck through. */
  name: (item: Item) => ReactNode;
  /** Words between the name and "— retired", e.g. the allergy's category "(Drug) ". */
  detail?: (item: Item) => ReactNode;
  /** The row's buttons (at least History: a retired item keeps its history). */
  actions: (item: Item) => ReactNode;
}

/** The "Retired (n)" list under a chart panel: each item struck through, when it was retired and why. */
export function RetiredItemList<Item extends RetiredItem>({
  items,
  listLabel,
  name,
  detail,
  actions,
}: RetiredItemListProps<Item>) {
  return (
    <CollapsibleItemList label="Retired" count={items.length} listLabel={listLabel}>
      {items.map((item) => (
        <Group component="li" key={item.id} gap="xs" wrap="nowrap" justify="space-between">
          <Text size="sm">
            <Text span size="sm" fw={600} td="line-through">
              {name(item)}
            </Text>{' '}
            {detail?.(item)}— retired {formatDateTime(item.updatedAt)}; reason: {item.retiredReason}
          </Text>
          {actions(item)}
        </Group>
      ))}
    </CollapsibleItemList>
  );
}
