import { Autocomplete, Loader, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { vaccineLabel } from './immunization-text';

type VaccineEntry = OutputOf<'codes.searchCvx'>[number];

interface CvxPickerProps {
  /** What the box shows at first: the recorded vaccine when editing, else ''. */
  initialText: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** A vaccine was picked from the list. */
  onPick: (entry: VaccineEntry) => void;
  /** The text no longer names a picked vaccine (the user typed again): the code is cleared. */
  onUnpick: () => void;
}

/**
 * A searchable CVX picker over the complete CDC list: by short name ("tdap"), words ("hepatitis b")
 * or code ("115"). Vaccines no longer available in the US are listed last and marked, since they can
 * only be historical doses. Only a picked entry sets the code.
 */
export function CvxPicker({ initialText, error, inputRef, onBlur, onPick, onUnpick }: CvxPickerProps) {
  const [text, setText] = useState(initialText);
  const [debounced] = useDebouncedValue(text, 150);
  const [entries, setEntries] = useState<VaccineEntry[]>([]);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const latest = useRef(0);
  // Mantine calls onOptionSubmit before onChange, in one event: the ref sees the pick at once.
  const pickedRef = useRef(initialText);

  useEffect(() => {
    const query = debounced.trim();
    const request = ++latest.current;
    if (query === '' || debounced === pickedRef.current) {
      setEntries([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    void api.codes.searchCvx({ query, limit: 40 }).then((result) => {
      if (request !== latest.current) return;
      setSearching(false);
      if (result.ok) {
        setEntries(result.value);
        setSearchError(null);
      } else {
        setSearchError(result.error.message);
      }
    });
  }, [debounced]);

  const byLabel = new Map(entries.map((entry) => [vaccineLabel(entry), entry]));
  return (
    <Autocomplete
      ref={inputRef}
      label="Vaccine (CVX)"
      description='Type a name, words or a code, e.g. "tdap", "influenza" or "03", then pick from the list.'
      placeholder="Search vaccines"
      required
      value={text}
      data={[...byLabel.keys()]}
      filter={({ options }) => options}
      maxDropdownHeight={300}
      rightSection={searching ? <Loader size="xs" aria-hidden /> : null}
      error={error ?? searchError}
      onBlur={onBlur}
      renderOption={({ option }) => {
        const entry = byLabel.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.value}</Text>
            {entry && (
              <Text size="xs" c="dimmed">
                {entry.description}
                {!entry.current && ' — no longer available in the US'}
              </Text>
            )}
          </Stack>
        );
      }}
      onChange={(value) => {
        setText(value);
        if (value !== pickedRef.current) onUnpick();
      }}
      onOptionSubmit={(label) => {
        const entry = byLabel.get(label);
        if (!entry) return;
        pickedRef.current = label;
        setText(label);
        setEntries([]);
        onPick(entry);
      }}
    />
  );
}
