export * from './audit';
export * from './backups';
export * from './chart';
export * from './drafts';
export * from './patients';
export * from './practice';
export * from './users';
