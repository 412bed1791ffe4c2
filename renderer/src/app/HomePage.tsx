import { Button, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClipboardList, IconPrinter, IconSettings, IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { roleLabels, type SessionDto } from '../../../electron/contract';
import { BackupAlertBanner, BackupStatusCard } from '../features/backup';
import { PatientSearchButton } from '../features/patients';
import { PageHeader } from '../ui';
import { navigate } from './router';

interface StartCardProps {
  title: string;
  children: ReactNode;
  action: ReactNode;
}

function StartCard({ title, children, action }: StartCardProps) {
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {children}
          </Text>
        </Stack>
        <div>{action}</div>
      </Stack>
    </Card>
  );
}

/** The start page: the day's first actions for this role, and nothing that pretends to be data. */
const openBackups = () => navigate({ name: 'backups' });

export function HomePage({ session }: { session: SessionDto }) {
  const can = (permission: SessionDto['permissions'][number]) => session.permissions.includes(permission);
  return (
    <>
      <PageHeader
        title={`Welcome, ${session.user.fullName}`}
        description={`${roleLabels[session.user.role]} at ${session.practiceName}`}
      />
      {can('backup.manage') ? <BackupAlertBanner onOpen={openBackups} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {can('patients.read') ? (
          <StartCard title="Find a patient" action={<PatientSearchButton />}>
            By name, date of birth (any common format), MRN or phone. Press Ctrl K from any screen.
          </StartCard>
        ) : null}
        {can('patients.register') ? (
          <StartCard
            title="Register a patient"
            action={
              <Button
                leftSection={<IconUserPlus size={16} aria-hidden />}
                onClick={() => navigate({ name: 'register-patient' })}
              >
                Register patient
              </Button>
            }
          >
            Demographics, contacts and insurance. Possible duplicates are shown before anything is saved.
          </StartCard>
        ) : null}
        {can('schedule.read') ? (
          <StartCard
            title="Day sheet"
            action={
              <Button
                variant="default"
                leftSection={<IconPrinter size={16} aria-hidden />}
                onClick={() => navigate({ name: 'day-sheet' })}
              >
                Print a day sheet
              </Button>
            }
          >
            A day's appointments per provider on paper, with the cancelled ones listed apart.
          </StartCard>
        ) : null}
        {can('backup.manage') ? <BackupStatusCard onOpen={openBackups} /> : null}
        {can('users.manage') ? (
          <StartCard
            title="Staff accounts"
            action={
              <Button
                variant="default"
                leftSection={<IconUsers size={16} aria-hidden />}
                onClick={() => navigate({ name: 'users' })}
              >
                Manage staff accounts
              </Button>
            }
          >
            Add staff, change roles, reset passwords, deactivate people who have left.
          </StartCard>
        ) : null}
        {can('audit.read') ? (
          <StartCard
            title="Audit report"
            action={
              <Button
                variant="default"
                leftSection={<IconClipboardList size={16} aria-hidden />}
                onClick={() => navigate({ name: 'audit' })}
              >
                Open the audit report
              </Button>
            }
          >
            Who opened which chart and when, sign-ins and failed sign-ins, and a check that nothing was altered.
          </StartCard>
        ) : null}
        {can('practice.manage') ? (
          <StartCard
            title="Practice settings"
            action={
              <Button
                variant="default"
                leftSection={<IconSettings size={16} aria-hidden />}
                onClick={() => navigate({ name: 'practice' })}
              >
                Open practice settings
              </Button>
            }
          >
            The practice details printed on records, and how soon an unattended screen locks.
          </StartCard>
        ) : null}
      </SimpleGrid>
    </>
  );
}
