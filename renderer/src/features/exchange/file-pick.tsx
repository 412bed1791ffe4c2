import { Button, FileButton } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';

interface PickFileButtonProps {
  label: string;
  accept: string;
  loading: boolean;
  disabled?: boolean;
  onPick: (file: File) => void;
}

/** The button that opens the system's file chooser for an import file. */
export function PickFileButton({ label, accept, loading, disabled, onPick }: PickFileButtonProps) {
  return (
    <FileButton onChange={(file) => file && onPick(file)} accept={accept}>
      {(props) => (
        <Button
          {...props}
          variant="default"
          loading={loading}
          disabled={disabled}
          leftSection={<IconFileImport size={16} aria-hidden />}
        >
          {label}
        </Button>
      )}
    </FileButton>
  );
}
