import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { groupMatches, pickGroupsToConfirm } from './recovery-key';

interface ConfirmKeyStepProps {
  groups: readonly string[];
  onBack: () => void;
  onConfirmed: () => void;
}

/** Typing back two groups from the paper proves the key was really written down before it disappears. */
export function ConfirmKeyStep({ groups, onBack, onConfirmed }: ConfirmKeyStepProps) {
  const [asked] = useState(() => pickGroupsToConfirm(groups.length));
  const [typed, setTyped] = useState<[string, string]>(['', '']);
  const [mismatched, setMismatched] = useState<[boolean, boolean]>([false, false]);
  const firstRef = useRef<HTMLInputElement>(null);
  const secondRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    firstRef.current?.focus();
  }, []);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result: [boolean, boolean] = [
      !groupMatches(typed[0], groups[asked[0]] ?? ''),
      !groupMatches(typed[1], groups[asked[1]] ?? ''),
    ];
    setMismatched(result);
    if (result[0]) firstRef.current?.focus();
    else if (result[1]) secondRef.current?.focus();
    else onConfirmed();
  };

  const field = (slot: 0 | 1) => {
    const groupNumber = asked[slot] + 1;
    return (
      <TextInput
        ref={slot === 0 ? firstRef : secondRef}
        label={`Group ${groupNumber}`}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        maw={200}
        value={typed[slot]}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setTyped((current) => (slot === 0 ? [value, current[1]] : [current[0], value]));
        }}
        error={mismatched[slot] ? `That is not group ${groupNumber}. Check your printed or saved copy.` : undefined}
      />
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">
          From your printed or saved copy (not from the screen), type group {asked[0] + 1} and group {asked[1] + 1}.
        </Text>
        <Group gap="md" align="flex-start">
          {field(0)}
          {field(1)}
        </Group>
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            Show the key again
          </Button>
          <Button type="submit">Continue to sign in</Button>
        </Group>
      </Stack>
    </form>
  );
}
