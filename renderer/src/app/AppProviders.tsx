import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '../ui/print.css';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { cssVariablesResolver, theme } from './theme';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    // Light only: one calm, tested contrast scheme for a clinic, and no colour-scheme script (the CSP allows no inline scripts).
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} forceColorScheme="light">
      {children}
    </MantineProvider>
  );
}
