import { Autocomplete, Badge, Group, Loader, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';

type DrugEntry = OutputOf<'codes.searchRxNorm'>[number];

interface RxNormPickerProps {
  /** The drug as stored: its RxCUI ('' when uncoded) and name. */
  rxcui: string;
  name: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** The drug changed: picked from the list (with its RxCUI), or typed (RxCUI ''). */
  onChange: (drug: { rxcui: string; name: string }) => void;
}

/**
 * The drug field: searches the shipped RxNorm list as the user types, and a picked entry codes the
 * drug. Anything else typed is kept as free text and shown as "Uncoded", so nobody mistakes a typed
 * name for a coded one.
 */
export function RxNormPicker({ rxcui, name, error, inputRef, onBlur, onChange }: RxNormPickerProps) {
  const [debounced] = useDebouncedValue(name, 150);
  const [entries, setEntries] = useState<DrugEntry[]>([]);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const latest = useRef(0);
  // Mantine calls onOptionSubmit before onChange, in one event: the ref sees the pick at once.
  const picked = useRef(rxcui ? name : null);

  useEffect(() => {
    const query = debounced.trim();
    const request = ++latest.current;
    if (query === '' || debounced === picked.current) {
      setEntries([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    void api.codes.searchRxNorm({ query, limit: 30 }).then((result) => {
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

  return (
    <div>
      <Autocomplete
        ref={inputRef}
        label="Drug"
        description='Type the generic name, e.g. "lisinopril", and pick it from the list; a drug not in the list may be typed in full.'
        placeholder="Search drugs"
        required
        data-autofocus
        value={name}
        data={entries.map((entry) => entry.name)}
        filter={({ options }) => options}
        maxDropdownHeight={260}
        rightSection={searching ? <Loader size="xs" aria-hidden /> : null}
        error={error ?? searchError}
        onBlur={onBlur}
        onChange={(value) => {
          if (value !== picked.current) {
            picked.current = null;
            onChange({ rxcui: '', name: value });
          }
        }}
        onOptionSubmit={(value) => {
          const entry = entries.find((e) => e.name === value);
          if (!entry) return;
          picked.current = entry.name;
          setEntries([]);
          onChange({ rxcui: entry.code, name: entry.name });
        }}
      />
      <Group gap={6} mt={4} aria-live="polite">
        {rxcui ? (
          <Badge size="sm" variant="light" color="teal" style={{ textTransform: 'none' }}>
            RxNorm {rxcui}
          </Badge>
        ) : (
          name.trim() !== '' && (
            <>
              <Badge size="sm" variant="light" color="orange" style={{ textTransform: 'none' }}>
                Uncoded
              </Badge>
              <Text size="xs" c="dimmed">
                Not picked from the drug list: it is saved as free text.
              </Text>
            </>
          )
        )}
      </Group>
    </div>
  );
}
