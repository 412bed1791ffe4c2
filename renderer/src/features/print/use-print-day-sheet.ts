import { useCallback, useState } from 'react';
import type { DaySheetInput, PrintedDocumentDto } from '../../../../electron/contract';
import { api } from '../../platform';

export interface DaySheetPreview {
  title: string;
  printed: PrintedDocumentDto;
}

/** "Monday, March 9, 2026" for a YYYY-MM-DD calendar day, whatever this computer's zone. */
export const dayTitle = (date: string): string =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));

/**
 * Prints a day sheet: asks the main process to render it (print.daySheet, recorded in the audit log)
 * and holds the PDF for the preview until it is closed. The calendar's toolbar and the day sheet
 * page both use it through DaySheetButton.
 */
export function usePrintDaySheet() {
  const [preview, setPreview] = useState<DaySheetPreview | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const printDaySheet = useCallback(async (input: DaySheetInput) => {
    setPending(true);
    setError(null);
    try {
      const result = await api.print.daySheet(input);
      if (result.ok) setPreview({ title: `Day sheet, ${dayTitle(input.date)}`, printed: result.value });
      else setError(result.error.message);
    } finally {
      setPending(false);
    }
  }, []);

  const closePreview = useCallback(() => setPreview(null), []);
  return { printDaySheet, pending, error, preview, closePreview };
}
