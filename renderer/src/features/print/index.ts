/** Printing (ARCHITECTURE.md section 6): the day sheet button and page, and the print preview. */
export { DaySheetButton } from './DaySheetButton';
export { DaySheetPage } from './DaySheetPage';
export { PrintPreviewModal } from './PrintPreviewModal';
export { usePrintDaySheet } from './use-print-day-sheet';
