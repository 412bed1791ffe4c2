import { type Permission, permissions, roleLabels, rolePermissions, roles } from '../../electron/contract/roles';

/** The role table as it must appear in docs/roles.md, rendered from the table the router enforces. */
export const renderRoleTable = (): string => {
  const header = `| Permission | ${roles.map((r) => roleLabels[r]).join(' | ')} |`;
  const divider = `|---|${roles.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(permissions) as Permission[]).map(
    (p) =>
      `| ${permissions[p]} (\`${p}\`) | ${roles.map((r) => (rolePermissions[r].includes(p) ? 'yes' : '-')).join(' | ')} |`,
  );
  return [header, divider, ...rows].join('\n');
};
