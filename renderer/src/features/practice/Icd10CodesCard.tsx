import { Alert, Button, Fieldset, FileButton, Group, Loader, Stack, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { maxIcd10FileBytes } from '../../../../electron/contract';
import { formatDateTime, readAsBase64 } from '../../ui';
import { useIcd10Source, useImportIcd10 } from './use-icd10-codes';

/**
 * Settings: the diagnosis codes problems are picked from. The shipped starter set covers common
 * primary care; the full CMS ICD-10-CM file (cms.gov, "ICD-10-CM" files, icd10cm-codes-YYYY.txt)
 * replaces it when imported.
 */
export function Icd10CodesCard() {
  const source = useIcd10Source();
  const importFile = useImportIcd10();
  const [error, setError] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);

  const pick = async (file: File | null) => {
    if (!file) return;
    setError(null);
    setImported(null);
    if (file.size > maxIcd10FileBytes) {
      setError(
        `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the CMS code file is about 10 MB. Pick icd10cm-codes-YYYY.txt.`,
      );
      return;
    }
    const result = await importFile.run(file.name, await readAsBase64(file));
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    source.setData(() => result.value);
    setImported(`${result.value.codeCount.toLocaleString('en-US')} codes imported from ${file.name}.`);
  };

  const data = source.data;
  return (
    <Fieldset legend="Diagnosis codes (ICD-10-CM)" maw={720}>
      <Stack gap="sm">
        {!data ? (
          source.error ? (
            <Alert color="red" title="Could not read the code set">
              {source.error}
            </Alert>
          ) : (
            <Loader size="sm" aria-label="Loading the code set" />
          )
        ) : data.source === 'starter' ? (
          <Text size="sm">
            Problems are coded from the starter set shipped with Chartroom: {data.codeCount.toLocaleString('en-US')}{' '}
            common primary-care codes. Import the full CMS code file for every code.
          </Text>
        ) : (
          <Text size="sm">
            Problems are coded from the full CMS file <strong>{data.fileName}</strong>:{' '}
            {data.codeCount.toLocaleString('en-US')} codes, imported {formatDateTime(data.importedAt)} by{' '}
            {data.importedBy}. Import a newer file each October, when CMS publishes the year's codes.
          </Text>
        )}
        {error && (
          <Alert color="red" variant="light" title="Not imported" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        {imported && (
          <Alert color="green" variant="light" title="Code file imported">
            {imported}
          </Alert>
        )}
        <Group>
          <FileButton onChange={(file) => void pick(file)} accept=".txt,text/plain">
            {(props) => (
              <Button
                {...props}
                variant="default"
                loading={importFile.pending}
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                Import CMS code file…
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            icd10cm-codes-YYYY.txt or icd10cm-order-YYYY.txt from the CMS download, unchanged.
          </Text>
        </Group>
      </Stack>
    </Fieldset>
  );
}
