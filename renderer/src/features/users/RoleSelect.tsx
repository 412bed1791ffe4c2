import { Select } from '@mantine/core';
import type { Role } from '../../../../electron/contract';
import { roleOptions } from './role-options';

interface RoleSelectProps {
  value: Role | undefined;
  onChange: (role: Role | undefined) => void;
  onBlur: () => void;
  error: string | undefined;
}

export function RoleSelect({ value, onChange, onBlur, error }: RoleSelectProps) {
  return (
    <Select<Role>
      label="Role"
      description="Decides what this person can open and change."
      required
      placeholder="Pick a role"
      data={roleOptions}
      value={value ?? null}
      onChange={(role) => onChange(role ?? undefined)}
      onBlur={onBlur}
      allowDeselect={false}
      error={error}
    />
  );
}
