import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { roleLabels, type UserDto } from '../../../../electron/contract';
import { formatDateTime } from '../../ui';

interface UsersTableProps {
  users: readonly UserDto[];
  currentUserId: number | null;
  onEdit: (user: UserDto) => void;
  onResetPassword: (user: UserDto) => void;
  onSetActive: (user: UserDto) => void;
}

export function UsersTable({ users, currentUserId, onEdit, onResetPassword, onSetActive }: UsersTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing={6} stickyHeader>
        <Table.Caption>
          {users.length === 1 ? '1 staff account' : `${users.length} staff accounts`}, inactive ones included.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Username</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last sign-in</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.fullName}
                {user.id === currentUserId ? (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    (you)
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td ff="monospace">{user.username}</Table.Td>
              <Table.Td>{roleLabels[user.role]}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge variant="light" color={user.active ? 'green' : 'gray'}>
                    {user.active ? 'Active' : 'Inactive'}
                  </Badge>
                  {user.mustChangePassword && user.active ? (
                    <Badge variant="light" color="yellow">
                      Temporary password
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" onClick={() => onEdit(user)}>
                    Edit<VisuallyHidden> {user.fullName}</VisuallyHidden>
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => onResetPassword(user)}
                    disabled={!user.active}
                  >
                    Reset password<VisuallyHidden> for {user.fullName}</VisuallyHidden>
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={user.active ? 'red' : undefined}
                    onClick={() => onSetActive(user)}
                  >
                    {user.active ? 'Deactivate' : 'Reactivate'}
                    <VisuallyHidden> {user.fullName}</VisuallyHidden>
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
