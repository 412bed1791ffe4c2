import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconLock, IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { formatDateTime, PageHeader } from '../../../ui';
import { closeLookupQuietly, useCloseLookup } from '../hooks/useCloseLookup';
import { useLookupSearch } from '../hooks/useLookupSearch';
import { LookupPatientView } from './LookupPatientView';
import { LookupResults } from './LookupResults';
import { lookupSearchSummary } from './lookup-text';

export interface BackupLookupPageProps {
  lookupId: string;
  /** When the backup was made (ISO), for the banner. */
  madeAt: string;
  /** The backup is closed (or was already): go back to the Backups page. */
  onClosed: () => void;
}

/** Lookups closed by leaving the page, held for a moment so React's development double-mount does not close a live one. */
const pendingCloses = new Map<string, ReturnType<typeof setTimeout>>();

/** "Open read-only to look something up": search the backup and read a patient's details as they were then. */
export function BackupLookupPage({ lookupId, madeAt, onClosed }: BackupLookupPageProps) {
  const [query, setQuery] = useState('');
  const [patientId, setPatientId] = useState<number | null>(null);
  const { run: close, pending: closing } = useCloseLookup();
  const [closeError, setCloseError] = useState<string | null>(null);
  const search = useLookupSearch(lookupId, query);
  const searchRef = useRef<HTMLInputElement>(null);
  const madeOn = formatDateTime(madeAt);
  const closedByButton = useRef(false);

  // Leaving the page any other way than the Close button closes the backup too, so it is not left open.
  useEffect(() => {
    const pending = pendingCloses.get(lookupId);
    if (pending) clearTimeout(pending);
    pendingCloses.delete(lookupId);
    return () => {
      if (closedByButton.current) return;
      pendingCloses.set(
        lookupId,
        setTimeout(() => {
          pendingCloses.delete(lookupId);
          closeLookupQuietly(lookupId);
        }, 0),
      );
    };
  }, [lookupId]);

  useEffect(() => {
    if (patientId === null) searchRef.current?.focus();
  }, [patientId]);

  const closeBackup = async () => {
    setCloseError(null);
    const result = await close(lookupId);
    // A backup that is already closed (e.g. after a restore elsewhere) is as good as closed now.
    if (result.ok || result.error.code === 'NOT_FOUND') {
      closedByButton.current = true;
      onClosed();
    } else setCloseError(result.error.message);
  };

  const lostBackup = search.error?.code === 'NOT_FOUND';

  return (
    <>
      <PageHeader
        title="Look something up in a backup"
        actions={
          <Button
            variant="default"
            leftSection={<IconX size={16} aria-hidden />}
            loading={closing}
            onClick={() => void closeBackup()}
          >
            Close the backup
          </Button>
        }
      />
      <Stack gap="md">
        <Alert
          color="orange"
          variant="light"
          icon={<IconLock aria-hidden />}
          title={`Backup from ${madeOn} — read only, nothing here can be changed`}
          // Opaque and pinned under the top bar, so the banner stays in view and nothing shows through it.
          style={{
            position: 'sticky',
            top: 64,
            zIndex: 2,
            border: '2px solid var(--mantine-color-orange-7)',
            background: 'var(--mantine-color-orange-0)',
          }}
        >
          This is the practice as it was then, not today&apos;s charts. Each patient you open here is recorded in the
          audit report.
        </Alert>
        {closeError ? (
          <Alert color="red" title="Could not close the backup">
            {closeError}
          </Alert>
        ) : null}
        {lostBackup ? (
          <Alert color="red" title="This backup is no longer open">
            {search.error?.message}{' '}
            <Button variant="subtle" size="compact-sm" onClick={onClosed}>
              Back to Backups
            </Button>
          </Alert>
        ) : null}
        {patientId === null ? (
          <Stack gap="sm">
            <TextInput
              ref={searchRef}
              label="Find a patient in this backup"
              description="Name, date of birth (any common format), MRN or phone."
              leftSection={<IconSearch size={16} aria-hidden />}
              maw={520}
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
            />
            <div role="status" aria-live="polite">
              {search.error && !lostBackup ? (
                <Text size="sm" c="red.9">
                  {search.error.message}
                </Text>
              ) : query.trim() && !search.stale ? (
                <Text size="sm">{lookupSearchSummary(search.interpretation, search.results.length)}</Text>
              ) : null}
            </div>
            {search.results.length > 0 ? (
              <LookupResults
                results={search.results}
                stale={search.stale}
                onOpen={(patient) => setPatientId(patient.id)}
              />
            ) : null}
          </Stack>
        ) : (
          <LookupPatientView lookupId={lookupId} patientId={patientId} onBack={() => setPatientId(null)} />
        )}
      </Stack>
    </>
  );
}
