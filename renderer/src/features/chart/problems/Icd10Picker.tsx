import { Autocomplete, Loader } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type Ref, useEffect, useRef, useState } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { codeLabel } from './problem-text';

type Icd10Entry = OutputOf<'codes.searchIcd10'>[number];

interface Icd10PickerProps {
  /** What the box shows at first: the current code and description when editing, else ''. */
  initialText: string;
  /** The message beside the field: the form's or the server's. */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** A code was picked from the list. */
  onPick: (entry: Icd10Entry) => void;
  /** The text no longer names a picked code (the user typed again): the code is cleared. */
  onUnpick: () => void;
  /** Where a code is optional (a family history condition), the box says so; a problem must have one. */
  optional?: boolean;
}

/**
 * A searchable ICD-10-CM picker: searches the shipped code set as the user types (by code prefix or
 * by words), and shows "E11.9 — Type 2 diabetes mellitus without complications". Only a picked
 * entry sets the code, so nobody saves a code that is not in the set.
 */
export function Icd10Picker({
  initialText,
  error,
  inputRef,
  onBlur,
  onPick,
  onUnpick,
  optional = false,
}: Icd10PickerProps) {
  const [text, setText] = useState(initialText);
  const [picked, setPicked] = useState(initialText);
  const [debounced] = useDebouncedValue(text, 150);
  const [entries, setEntries] = useState<Icd10Entry[]>([]);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<string | null>(null);
  const latest = useRef(0);
  // Mantine calls onOptionSubmit before onChange, in one event: the ref sees the pick at once.
  const pickedRef = useRef(initialText);

  useEffect(() => {
    const query = debounced.trim();
    const request = ++latest.current;
    if (query === '' || debounced === picked) {
      setEntries([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    void api.codes.searchIcd10({ query, limit: 50 }).then((result) => {
      if (request !== latest.current) return;
      setSearching(false);
      if (result.ok) {
        // Broader codes first (E11.9 before E11.311): the server lists matches in code order, which
        // buries the common "without complications" and "unspecified" codes under their subcodes.
        setEntries([...result.value].sort((a, b) => a.code.length - b.code.length));
        setSearchError(null);
      } else {
        setSearchError(result.error.message);
      }
    });
  }, [debounced, picked]);

  const labels = entries.map((entry) => codeLabel(entry.code, entry.name));
  return (
    <Autocomplete
      ref={inputRef}
      label={optional ? 'Diagnosis code (ICD-10-CM, optional)' : 'Diagnosis (ICD-10-CM)'}
      description='Type a code or words, e.g. "E11.9" or "type 2 diab", then pick from the list.'
      placeholder="Search diagnoses"
      required={!optional}
      data-autofocus
      value={text}
      data={labels}
      filter={({ options }) => options}
      maxDropdownHeight={280}
      rightSection={searching ? <Loader size="xs" aria-hidden /> : null}
      error={error ?? searchError}
      onBlur={onBlur}
      onChange={(value) => {
        setText(value);
        if (value !== pickedRef.current) onUnpick();
      }}
      onOptionSubmit={(label) => {
        const entry = entries[labels.indexOf(label)];
        if (!entry) return;
        pickedRef.current = label;
        setPicked(label);
        setText(label);
        onPick(entry);
      }}
    />
  );
}
