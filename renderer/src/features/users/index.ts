export { UsersPage } from './UsersPage';
export { useUsers } from './useUsers';
