import { Alert, Button, type ButtonProps, Stack } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { PrintPreviewModal } from './PrintPreviewModal';
import { usePrintDaySheet } from './use-print-day-sheet';

interface DaySheetButtonProps extends Pick<ButtonProps, 'size' | 'variant'> {
  /** The practice-zone day, YYYY-MM-DD. */
  date: string;
  /** The providers to print; none (or an empty list) prints every provider. */
  providerIds?: readonly number[];
}

/** "Print day sheet": renders the day's sheet and opens it in the print preview. */
export function DaySheetButton({ date, providerIds, size = 'sm', variant = 'default' }: DaySheetButtonProps) {
  const { printDaySheet, pending, error, preview, closePreview } = usePrintDaySheet();
  const chosen = providerIds && providerIds.length > 0 ? [...providerIds] : undefined;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size={size}
        variant={variant}
        leftSection={<IconPrinter size={16} aria-hidden />}
        loading={pending}
        onClick={() => void printDaySheet(chosen ? { date, providerIds: chosen } : { date })}
      >
        Print day sheet
      </Button>
      {error && (
        <Alert color="red" variant="light" role="alert" title="The day sheet could not be printed">
          {error}
        </Alert>
      )}
      {preview && <PrintPreviewModal title={preview.title} printed={preview.printed} onClose={closePreview} />}
    </Stack>
  );
}
