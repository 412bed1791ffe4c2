import { Button, Kbd } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { usePatientSearchStore } from './search-store';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform || navigator.userAgent);

/** Opens the patient finder; shows the shortcut so people learn it. */
export function PatientSearchButton() {
  const open = usePatientSearchStore((state) => state.open);
  return (
    <Button
      variant="default"
      size="sm"
      leftSection={<IconSearch size={16} aria-hidden />}
      rightSection={<Kbd size="xs">{isMac ? '⌘ K' : 'Ctrl K'}</Kbd>}
      onClick={open}
      aria-keyshortcuts={isMac ? 'Meta+K' : 'Control+K'}
    >
      Find patient
    </Button>
  );
}
