/** Printing (ARCHITECTURE.md section 6): the day sheet button and page, the print preview, and saving files. */
export { DaySheetButton } from './DaySheetButton';
export { DaySheetPage } from './DaySheetPage';
export { type PrintOutput, PrintPreviewModal } from './PrintPreviewModal';
export { saveFile } from './printed-pages';
export { usePrintDaySheet } from './use-print-day-sheet';
