import { Alert, List, Stack, Text } from '@mantine/core';
import type { OutputOf } from '../../../../../electron/contract';
import { splitPath } from '../backup-format';
import { StatusMark } from '../status/StatusMark';

type Report = OutputOf<'backup.verifyNow'>;

const headline = (report: Report): string => {
  if (report.checked === 0) return 'There are no backups to check yet';
  if (report.damaged === 0)
    return report.checked === 1 ? 'The backup file is intact' : `All ${report.checked} backup files are intact`;
  return `${report.damaged} of ${report.checked} backup files ${report.damaged === 1 ? 'is' : 'are'} damaged or missing`;
};

/** "Verify now": every kept copy, damaged ones first and flagged in words. */
export function VerifyReport({ report, onClose }: { report: Report; onClose: () => void }) {
  const results = [...report.results].sort((a, b) => Number(a.ok) - Number(b.ok));
  return (
    <Alert
      color={report.damaged > 0 ? 'red' : 'green'}
      variant="light"
      withCloseButton
      closeButtonLabel="Dismiss the check result"
      onClose={onClose}
      title={headline(report)}
    >
      <Stack gap="xs">
        {report.damaged > 0 ? (
          <Text size="sm">
            Do not rely on the damaged files. The intact copies are still good; make a fresh backup now if the newest
            copy is among the damaged ones.
          </Text>
        ) : report.checked > 0 ? (
          <Text size="sm">
            Each file was opened with the practice key and matched the records counted when it was made.
          </Text>
        ) : (
          <Text size="sm">Make a backup first; it is checked as it is made.</Text>
        )}
        {results.length > 0 ? (
          <List size="sm" spacing={6} listStyleType="none" withPadding={false} aria-label="Checked backup files">
            {results.map((result) => {
              const { folder, name } = splitPath(result.path);
              return (
                <List.Item key={result.path}>
                  <Stack gap={0}>
                    <StatusMark
                      tone={result.ok ? 'ok' : 'problem'}
                      label={result.ok ? 'Intact' : 'Damaged or missing'}
                    />
                    <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {name}
                      <Text span size="xs" c="dimmed" ff="monospace">
                        {' '}
                        in {folder}
                      </Text>
                    </Text>
                    <Text size="sm" c={result.ok ? 'dimmed' : undefined}>
                      {result.detail}
                    </Text>
                  </Stack>
                </List.Item>
              );
            })}
          </List>
        ) : null}
      </Stack>
    </Alert>
  );
}
