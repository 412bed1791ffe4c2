/**
 * The backup feature's public face (issue 3): the office manager's Backups page, restore wizard and
 * read-only lookup; the Home card and login alert; and the quiet top-bar indicator every role sees.
 */
export { BackupsPage, type BackupsPageProps } from './BackupsPage';
export { backupPathProblem } from './backup-format';
export { forgetBackupState } from './backup-store';
export { BackupLookupPage, type BackupLookupPageProps } from './lookup/BackupLookupPage';
export { BackupAlertBanner } from './overview/BackupAlertBanner';
export { BackupIndicator } from './overview/BackupIndicator';
export { BackupStatusCard } from './overview/BackupStatusCard';
export { RestorePage, type RestorePageProps } from './restore/RestorePage';
