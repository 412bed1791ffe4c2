/**
 * The exchange feature's public face (issue 6): the office manager's Export and import page — the
 * whole-practice export with progress and cancel, the FHIR bundle import with its duplicate review,
 * and the CSV demographics import with its column mapping and dry run. Its use cases are the hooks in
 * hooks/ (useExportPractice, useJob, useCancelJob, usePreviewFhirImport, useImportFhir, useCsvDryRun,
 * useImportCsv), used by the page's cards.
 */
export { ExchangePage } from './ExchangePage';
