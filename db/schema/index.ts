export * from './audit';
export * from './drafts';
export * from './patients';
export * from './practice';
export * from './users';
