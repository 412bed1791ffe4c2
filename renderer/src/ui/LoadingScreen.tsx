import { Center, Loader, Stack, Text } from '@mantine/core';

export function LoadingScreen({ label }: { label: string }) {
  return (
    <Center mih="100vh" component="main">
      <Stack align="center" gap="xs">
        <Loader size="md" aria-hidden />
        <Text role="status">{label}</Text>
      </Stack>
    </Center>
  );
}
