import { Group, NumberInput, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import type { RecallDraft } from './recall-form';

interface RecallFieldsProps {
  draft: RecallDraft;
  onChange: (draft: RecallDraft) => void;
  providers: { value: string; label: string }[];
  disabled?: boolean;
}

/** When the patient is due back, why, and with whom: the fields of a recall, for any dialog that sets one. */
export function RecallFields({ draft, onChange, providers, disabled = false }: RecallFieldsProps) {
  const update = (change: Partial<RecallDraft>) => onChange({ ...draft, ...change });
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="When the recall is due"
        size="xs"
        disabled={disabled}
        value={draft.when}
        onChange={(value) => update({ when: value === 'on' ? 'on' : 'in' })}
        data={[
          { value: 'in', label: 'In weeks or months' },
          { value: 'on', label: 'On a date' },
        ]}
      />
      {draft.when === 'in' ? (
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput
            label="Recall in"
            w={110}
            min={1}
            allowDecimal={false}
            disabled={disabled}
            value={draft.count}
            onChange={(value) => update({ count: typeof value === 'number' ? value : '' })}
          />
          <Select
            label="Weeks or months"
            w={140}
            allowDeselect={false}
            disabled={disabled}
            value={draft.unit}
            onChange={(value) => update({ unit: value === 'weeks' ? 'weeks' : 'months' })}
            data={[
              { value: 'weeks', label: 'weeks' },
              { value: 'months', label: 'months' },
            ]}
          />
        </Group>
      ) : (
        <TextInput
          type="date"
          label="Due date"
          w={200}
          disabled={disabled}
          value={draft.date}
          onChange={(event) => update({ date: event.currentTarget.value })}
        />
      )}
      <TextInput
        label="Reason for the recall"
        placeholder="e.g. Diabetes review, blood pressure check"
        maxLength={200}
        disabled={disabled}
        value={draft.reason}
        onChange={(event) => update({ reason: event.currentTarget.value })}
      />
      <Select
        label="Provider"
        placeholder="Any provider"
        clearable
        disabled={disabled}
        data={providers}
        value={draft.providerId}
        onChange={(value) => update({ providerId: value })}
      />
    </Stack>
  );
}
