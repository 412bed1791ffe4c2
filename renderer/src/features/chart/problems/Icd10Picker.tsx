import type { Ref } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { CodePicker } from '../codes/CodePicker';
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

// Broader codes first (E11.9 before E11.311): the server lists matches in code order, which buries
// the common "without complications" and "unspecified" codes under their subcodes.
const searchIcd10 = async (query: string) => {
  const result = await api.codes.searchIcd10({ query, limit: 50 });
  return result.ok ? { ...result, value: [...result.value].sort((a, b) => a.code.length - b.code.length) } : result;
};

/**
 * A searchable ICD-10-CM picker: searches the shipped code set as the user types (by code prefix or
 * by words), and shows "E11.9 — Type 2 diabetes mellitus without complications". Only a picked
 * entry sets the code, so nobody saves a code that is not in the set.
 */
export function Icd10Picker({ initialText, optional = false, onUnpick, ...field }: Icd10PickerProps) {
  return (
    <CodePicker
      {...field}
      label={optional ? 'Diagnosis code (ICD-10-CM, optional)' : 'Diagnosis (ICD-10-CM)'}
      description='Type a code or words, e.g. "E11.9" or "type 2 diab", then pick from the list.'
      placeholder="Search diagnoses"
      required={!optional}
      autoFocus
      maxDropdownHeight={280}
      search={searchIcd10}
      optionLabel={(entry) => codeLabel(entry.code, entry.name)}
      initialText={initialText}
      initialPick={initialText}
      onType={onUnpick}
    />
  );
}
