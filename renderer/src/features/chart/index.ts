/** The chart feature's public face: one patient's chart, opened by id. */
export { ChartPage, type ChartPageProps } from './ChartPage';
export type { ChartSectionId } from './chart-context';
export { type DemographicsGroup, DemographicsView } from './demographics/DemographicsView';
/** Base64 to bytes and pdf.js page drawing (the bundle's worker and fonts), shared with the print preview. */
export { base64ToBytes } from './documents/file-transfer';
export { openPageSource, type PageSource } from './documents/page-source';
