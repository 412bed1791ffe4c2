import { roleLabels, roles } from '../../../../electron/contract';

export const roleOptions = roles.map((role) => ({ value: role, label: roleLabels[role] }));
