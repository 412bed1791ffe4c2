import { Radio, Stack } from '@mantine/core';

export type ChangeScope = 'this' | 'following';

/** For an appointment in a series: change only this one, or this one and every later one. */
export function SeriesScope({
  value,
  onChange,
  verb,
}: {
  value: ChangeScope;
  onChange: (scope: ChangeScope) => void;
  verb: string;
}) {
  return (
    <Radio.Group
      label={`This appointment is part of a series. What should you ${verb}?`}
      value={value}
      onChange={(scope) => onChange(scope as ChangeScope)}
    >
      <Stack gap={6} mt={6}>
        <Radio value="this" label="This appointment only" />
        <Radio value="following" label="This and following" />
      </Stack>
    </Radio.Group>
  );
}
