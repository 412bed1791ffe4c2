import { Alert, Button, Code, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { CenteredPanel } from '../ui';

interface ProblemScreenProps {
  code: string;
  message: string;
  onRetry: () => void;
}

/** The chart store cannot be opened (missing keyring, newer database, damaged file...): say so and what to do. */
export function ProblemScreen({ code, message, onRetry }: ProblemScreenProps) {
  return (
    <CenteredPanel width={560}>
      <Stack gap="md">
        <Title order={1} size="h2">
          Chartroom cannot open the charts
        </Title>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
          {message}
        </Alert>
        <Text size="sm">If that does not solve it:</Text>
        <List size="sm" spacing={4}>
          <List.Item>Call whoever looks after the practice&apos;s computers and show them this screen.</List.Item>
          <List.Item>Have the practice recovery key (from the safe) and the latest backup at hand.</List.Item>
          <List.Item>
            Do not delete anything in the Chartroom data folder: it may be needed to recover the charts.
          </List.Item>
        </List>
        <Text size="xs" c="dimmed">
          Reference for support: <Code>{code}</Code>
        </Text>
        <Button onClick={onRetry} variant="default" w="fit-content">
          Try again
        </Button>
      </Stack>
    </CenteredPanel>
  );
}
