import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type AuditAction, auditActions, type PatientSummary, type UserDto } from '../../../../electron/contract';
import { auditActionLabels } from './audit-labels';
import { PatientPicker } from './PatientPicker';
import type { AuditFilters } from './useAuditLog';

interface AuditFilterBarProps {
  users: readonly UserDto[];
  pending: boolean;
  onApply: (filters: AuditFilters) => void;
}

const actionOptions = auditActions
  .map((action) => ({ value: action, label: auditActionLabels[action] }))
  .sort((a, b) => a.label.localeCompare(b.label));

export function AuditFilterBar({ users, pending, onApply }: AuditFilterBarProps) {
  const [userId, setUserId] = useState<number | null>(null);
  const [patient, setPatient] = useState<PatientSummary | null>(null);
  const [action, setAction] = useState<AuditAction | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const rangeBackwards = from !== '' && to !== '' && to < from;

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    if (rangeBackwards) return;
    onApply({
      ...(userId === null ? {} : { userId }),
      ...(patient === null ? {} : { patientId: patient.id }),
      ...(action === null ? {} : { action }),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  };

  const clear = () => {
    setUserId(null);
    setPatient(null);
    setAction(null);
    setFrom('');
    setTo('');
    onApply({});
  };

  return (
    <Paper withBorder p="sm" mb="md" component="form" onSubmit={apply} aria-label="Filter the audit report">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select<number>
          label="Staff member"
          placeholder="Anyone"
          clearable
          searchable
          data={users.map((user) => ({ value: user.id, label: `${user.fullName} (${user.username})` }))}
          value={userId}
          onChange={setUserId}
          miw={200}
        />
        <PatientPicker value={patient} onChange={setPatient} />
        <Select<AuditAction>
          label="Action"
          placeholder="Any action"
          clearable
          searchable
          data={actionOptions}
          value={action}
          onChange={setAction}
          miw={220}
        />
        <TextInput label="From" type="date" value={from} onChange={(event) => setFrom(event.currentTarget.value)} />
        <TextInput
          label="To"
          type="date"
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          error={rangeBackwards ? 'The end date is before the start date.' : undefined}
        />
        <Group gap="xs">
          <Button type="submit" loading={pending}>
            Show entries
          </Button>
          <Button variant="default" onClick={clear} disabled={pending}>
            Clear filters
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
