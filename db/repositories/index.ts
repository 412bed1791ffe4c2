export * as allergies from './allergies';
export * as audit from './audit';
export * as backups from './backups';
export * as chartVersions from './chart-versions';
export * as drafts from './drafts';
export * as patients from './patients';
export * as practice from './practice';
export { foldForSearch, phoneSearchTokens } from './search-keys';
export * as users from './users';
