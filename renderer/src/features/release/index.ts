/**
 * Releasing records (issue 6): the records packet builder, reached from the chart banner, and the
 * chart's Disclosures section (the accounting of disclosures). Inside, one `use<Action>` hook per use
 * case: useReleasableItems, usePrepareRelease, useRecordRelease, useExportChart, useDisclosures.
 */
export { DisclosuresPanel } from './DisclosuresPanel';
export { ReleaseRecordsButton } from './ReleaseRecordsButton';
