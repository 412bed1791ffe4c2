import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { PageHeader } from '../../ui';
import { useUsers } from '../users';
import { AuditFilterBar } from './AuditFilterBar';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './useAuditLog';
import { VerifyChainPanel } from './VerifyChainPanel';

const entryCount = (count: number): string => (count === 1 ? '1 entry' : `${count.toLocaleString()} entries`);

export function AuditReportPage() {
  const log = useAuditLog();
  const users = useUsers();

  return (
    <>
      <PageHeader
        title="Audit report"
        description="Who signed in, opened which chart and changed what, newest first. Entries cannot be edited or removed."
        actions={<VerifyChainPanel />}
      />
      <AuditFilterBar users={users.data ?? []} pending={log.loading} onApply={(filters) => void log.search(filters)} />
      {log.error ? (
        <Alert color="red" title="Could not load the audit report" mb="md">
          {log.error}
        </Alert>
      ) : null}
      {log.rows.length > 0 ? (
        <AuditTable rows={log.rows} />
      ) : !log.loading && !log.error ? (
        <Text c="dimmed">No entries match these filters.</Text>
      ) : null}
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed" role="status">
          {log.rows.length > 0
            ? `Showing ${entryCount(log.rows.length)}${log.nextBeforeId === null ? '' : ' (older ones not loaded yet)'}`
            : ''}
        </Text>
        {log.loading ? (
          <Center>
            <Loader size="sm" aria-label="Loading entries" />
          </Center>
        ) : log.nextBeforeId !== null ? (
          <Button variant="default" onClick={() => void log.loadMore()}>
            Load more
          </Button>
        ) : null}
      </Group>
    </>
  );
}
