import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconZoomIn, IconZoomOut } from '@tabler/icons-react';

/** Zoom steps, as a fraction of the viewer's width ("fit width" is 1). */
export const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

interface ViewerToolbarProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  zoom: number;
  onZoom: (zoom: number) => void;
}

/** Page navigation and zoom, the same for every kind of file. */
export function ViewerToolbar({ page, pageCount, onPage, zoom, onZoom }: ViewerToolbarProps) {
  const step = zoomSteps.indexOf(zoom as (typeof zoomSteps)[number]);
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap">
      <Group gap={4} wrap="nowrap">
        <ActionIcon variant="default" aria-label="Previous page" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          <IconChevronLeft size={16} aria-hidden />
        </ActionIcon>
        <Text size="sm" aria-live="polite" miw={90} ta="center">
          Page {page} of {pageCount}
        </Text>
        <ActionIcon
          variant="default"
          aria-label="Next page"
          disabled={page >= pageCount}
          onClick={() => onPage(page + 1)}
        >
          <IconChevronRight size={16} aria-hidden />
        </ActionIcon>
      </Group>
      <Group gap={4} wrap="nowrap">
        <ActionIcon
          variant="default"
          aria-label="Zoom out"
          disabled={step <= 0}
          onClick={() => onZoom(zoomSteps[step - 1] ?? zoom)}
        >
          <IconZoomOut size={16} aria-hidden />
        </ActionIcon>
        <Text size="sm" miw={48} ta="center">
          {Math.round(zoom * 100)}%
        </Text>
        <ActionIcon
          variant="default"
          aria-label="Zoom in"
          disabled={step >= zoomSteps.length - 1}
          onClick={() => onZoom(zoomSteps[step + 1] ?? zoom)}
        >
          <IconZoomIn size={16} aria-hidden />
        </ActionIcon>
        <Button size="compact-sm" variant="default" disabled={zoom === 1} onClick={() => onZoom(1)}>
          Fit width
        </Button>
      </Group>
    </Group>
  );
}
