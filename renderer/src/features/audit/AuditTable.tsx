import { Badge, Table, Text } from '@mantine/core';
import type { AuditRowDto } from '../../../../electron/contract';
import { formatDateTime } from '../../ui';
import { auditActionLabel } from './audit-labels';

export function AuditTable({ rows }: { rows: readonly AuditRowDto[] }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing={4} fz="sm" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Time</Table.Th>
            <Table.Th scope="col">Staff member</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Patient</Table.Th>
            <Table.Th scope="col">Workstation</Table.Th>
            <Table.Th scope="col" miw={96}>
              Outcome
            </Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.at)}</Table.Td>
              <Table.Td>{row.username || '—'}</Table.Td>
              <Table.Td>{auditActionLabel(row.action)}</Table.Td>
              <Table.Td>
                {row.patientId === null ? (
                  '—'
                ) : (
                  <>
                    {row.patientName}
                    <Text span size="xs" c="dimmed" ff="monospace">
                      {' '}
                      MRN {row.patientMrn}
                    </Text>
                  </>
                )}
              </Table.Td>
              <Table.Td>{row.workstation}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={row.outcome === 'success' ? 'green' : 'red'}>
                  {row.outcome === 'success' ? 'Success' : 'Failure'}
                </Badge>
              </Table.Td>
              <Table.Td>{row.detail}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
