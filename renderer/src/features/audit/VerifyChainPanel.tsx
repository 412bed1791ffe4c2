import { Alert, Button, Stack } from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { OutputOf } from '../../../../electron/contract';
import { useVerifyAuditChain } from './useVerifyAuditChain';

type Verdict = { kind: 'checked'; result: OutputOf<'audit.verify'> } | { kind: 'failed'; message: string };

/** Checks that no audit row was altered or removed since it was written (SECURITY.md S9). */
export function VerifyChainPanel() {
  const { run: verify, pending } = useVerifyAuditChain();
  const [verdict, setVerdict] = useState<Verdict | null>(null);

  const check = async () => {
    setVerdict(null);
    const result = await verify();
    setVerdict(
      result.ok ? { kind: 'checked', result: result.value } : { kind: 'failed', message: result.error.message },
    );
  };

  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant="default"
        leftSection={<IconShieldCheck size={16} aria-hidden />}
        loading={pending}
        onClick={() => void check()}
      >
        Verify audit chain
      </Button>
      <div aria-live="polite">
        {verdict?.kind === 'checked' ? (
          <Alert
            color={verdict.result.ok ? 'green' : 'red'}
            variant="light"
            role="status"
            title={verdict.result.ok ? 'The audit trail is intact' : 'The audit trail has been altered'}
          >
            {verdict.result.message}
          </Alert>
        ) : null}
        {verdict?.kind === 'failed' ? (
          <Alert color="red" variant="light" title="Could not verify the audit chain">
            {verdict.message}
          </Alert>
        ) : null}
      </div>
    </Stack>
  );
}
