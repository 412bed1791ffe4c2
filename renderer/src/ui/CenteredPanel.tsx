import { Box, Center, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

/** A single card in the middle of an otherwise empty screen: sign-in, lock, setup, problems. */
export function CenteredPanel({ children, width = 440 }: { children: ReactNode; width?: number }) {
  return (
    <Center mih="100vh" p="md" bg="gray.1" component="main">
      <Box w="100%" maw={width}>
        <Paper withBorder shadow="sm" radius="md" p="xl">
          {children}
        </Paper>
      </Box>
    </Center>
  );
}
