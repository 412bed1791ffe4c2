import { Portal } from '@mantine/core';
import type { ReactNode } from 'react';

/** Content that exists only on paper: window.print() prints this sheet and nothing else (see print.css). */
export function PrintSheet({ children }: { children: ReactNode }) {
  return (
    <Portal>
      <div data-print-sheet="">{children}</div>
    </Portal>
  );
}
