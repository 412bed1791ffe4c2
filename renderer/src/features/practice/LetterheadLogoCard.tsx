import { Alert, Box, Button, Fieldset, FileButton, Group, Image, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { type LetterheadLogoDto, setLetterheadLogoInputSchema } from '../../../../electron/contract';
import { readAsBase64 } from '../../ui';
import { useLetterheadLogo, useSetLetterheadLogo } from './use-letterhead-logo';

/**
 * Settings: the logo printed at the top left of every document's letterhead. A picked file is
 * checked here with the contract's own rules (PNG or JPEG, at most 512 KB) before it is sent.
 */
export function LetterheadLogoCard() {
  const logo = useLetterheadLogo();
  const setLogo = useSetLetterheadLogo();
  const [error, setError] = useState<string | null>(null);

  const save = async (next: LetterheadLogoDto | null) => {
    const result = await setLogo.run(next);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    logo.setData(() => next);
    notifications.show({
      color: 'green',
      title: next ? 'Logo saved' : 'Logo removed',
      message: next ? 'Documents printed from now on carry it.' : 'Documents print with the practice name only.',
    });
  };

  const pick = async (file: File | null) => {
    if (!file) return;
    setError(null);
    const candidate = { mediaType: file.type, base64: await readAsBase64(file) };
    const checked = setLetterheadLogoInputSchema.safeParse({ logo: candidate });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message ?? 'Pick a PNG or JPEG image for the logo.');
      return;
    }
    await save(checked.data.logo);
  };

  const current = logo.data;
  return (
    <Fieldset legend="Letterhead logo" maw={720}>
      <Stack gap="sm">
        <Text size="sm">
          Printed at the top left of every document, about an inch wide. A fax sends it in black and white, so a simple
          dark logo on white reads best. PNG or JPEG, up to 512 KB.
        </Text>
        {logo.loading && !current && !logo.error ? (
          <Loader size="sm" aria-label="Loading the logo" />
        ) : logo.error ? (
          <Alert color="red" title="Could not read the logo">
            {logo.error}
          </Alert>
        ) : current ? (
          <Box p="xs" w="fit-content" style={{ border: '1px solid var(--mantine-color-gray-4)', background: 'white' }}>
            <Image
              src={`data:${current.mediaType};base64,${current.base64}`}
              alt="The current letterhead logo"
              h={72}
              w="auto"
              fit="contain"
            />
          </Box>
        ) : (
          <Text size="sm" c="dimmed">
            No logo: documents print with the practice name and details only.
          </Text>
        )}
        {error && (
          <Alert color="red" variant="light" title="Not saved" withCloseButton onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Group gap="xs">
          <FileButton onChange={(file) => void pick(file)} accept="image/png,image/jpeg">
            {(props) => (
              <Button
                {...props}
                variant="default"
                loading={setLogo.pending}
                leftSection={<IconPhoto size={16} aria-hidden />}
              >
                Choose image…
              </Button>
            )}
          </FileButton>
          {current && (
            <Button
              variant="subtle"
              color="red"
              disabled={setLogo.pending}
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => void save(null)}
            >
              Remove
            </Button>
          )}
        </Group>
      </Stack>
    </Fieldset>
  );
}
