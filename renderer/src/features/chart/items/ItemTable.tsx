import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface ItemTableProps {
  /** The table's accessible name, e.g. "Active problems". */
  label: string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The column headings, in order; the last, unnamed on screen, column holds each row's buttons. */
  columns: readonly string[];
  /** The rows (<Table.Tr>), each ending with its actions cell. */
  children: ReactNode;
}

/** The table of current items in a chart panel: the same look in every panel, and an "Actions" column a screen reader can name. */
export function ItemTable({ label, minWidth, columns, children }: ItemTableProps) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped withTableBorder verticalSpacing={4} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column}>{column}</Table.Th>
            ))}
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
