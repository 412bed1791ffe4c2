import { Alert, Button, Group, List, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { type DisclosureDto, disclosureMediumLabels, type PatientDto } from '../../../../electron/contract';
import { api } from '../../platform';
import { formatDateTime, useResource } from '../../ui';
import { pagesText, purposeText } from './disclosure-text';
import { ReleaseRecordsModal } from './ReleaseRecordsModal';
import { patientAsRecipient } from './release-form';
import { useDisclosures } from './use-disclosures';

/**
 * The chart's Disclosures section: the accounting of disclosures, newest first (every print, saved
 * PDF, fax packet and export of this chart), and "Print accounting", which opens the packet builder
 * with the accounting chosen and the patient as its recipient.
 */
export function DisclosuresPanel({ patient }: { patient: PatientDto }) {
  const log = useDisclosures(patient.id);
  const practice = useResource(() => api.practice.get({}));
  const [printing, setPrinting] = useState(false);
  const timeZone = practice.data?.timeZone ?? '';

  return (
    <Paper component="section" aria-labelledby="disclosures-title" withBorder p="sm" radius="sm">
      <Group justify="space-between" mb="sm">
        <div>
          <Title order={2} size="h4" id="disclosures-title">
            Disclosures
          </Title>
          {timeZone && (
            <Text size="xs" c="dimmed">
              Times in the practice's time zone, {timeZone}.
            </Text>
          )}
        </div>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconPrinter size={14} aria-hidden />}
          onClick={() => setPrinting(true)}
        >
          Print accounting
        </Button>
      </Group>
      {log.error && (
        <Alert color="red" variant="light" title="The disclosures could not be shown" mb="sm">
          {log.error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void log.reload()}>
            Try again
          </Button>
        </Alert>
      )}
      {!log.data ? (
        !log.error && <Loader size="sm" aria-label="Loading the disclosures" />
      ) : log.data.length === 0 ? (
        <Text size="sm">
          No records have been released from this chart yet. Every print, saved PDF, fax packet and electronic export is
          listed here.
        </Text>
      ) : (
        <DisclosureTable disclosures={log.data} timeZone={timeZone} />
      )}
      {printing && (
        <ReleaseRecordsModal
          patient={patient}
          preset={{
            items: ['disclosure-accounting'],
            recipient: patientAsRecipient(patient),
            purpose: 'patient-request',
          }}
          onClose={() => setPrinting(false)}
        />
      )}
    </Paper>
  );
}

const newestFirst = (a: DisclosureDto, b: DisclosureDto): number => b.at.localeCompare(a.at) || b.id - a.id;

function DisclosureTable({ disclosures, timeZone }: { disclosures: DisclosureDto[]; timeZone: string }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder verticalSpacing={4} aria-label="Accounting of disclosures">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Recipient</Table.Th>
            <Table.Th>Purpose</Table.Th>
            <Table.Th>What was released</Table.Th>
            <Table.Th>How</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Pages</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...disclosures].sort(newestFirst).map((disclosure) => (
            <Table.Tr key={disclosure.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(disclosure.at, timeZone)}</Table.Td>
              <Table.Td>
                {disclosure.recipient.name}
                {disclosure.recipient.organisation && (
                  <Text size="xs" c="dimmed">
                    {disclosure.recipient.organisation}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{purposeText(disclosure.purpose, disclosure.purposeDetail)}</Table.Td>
              <Table.Td>
                <List size="sm" spacing={0}>
                  {disclosure.items.map((item) => (
                    <List.Item key={item}>{item}</List.Item>
                  ))}
                </List>
              </Table.Td>
              <Table.Td>{disclosureMediumLabels[disclosure.medium]}</Table.Td>
              <Table.Td>{disclosure.userFullName}</Table.Td>
              <Table.Td>{pagesText(disclosure.pageCount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
