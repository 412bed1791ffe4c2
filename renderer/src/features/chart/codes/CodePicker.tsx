import { Autocomplete, Loader, Stack, Text } from '@mantine/core';
import { type ReactNode, type Ref, useRef, useState } from 'react';
import type { Result } from '../../../../../electron/contract';
import { useCodeSearch } from './use-code-search';

export interface CodePickerProps<Entry> {
  label: string;
  description: string;
  placeholder: string;
  required: boolean;
  /** The first field of its form takes the focus when the form opens. */
  autoFocus?: boolean;
  maxDropdownHeight: number;
  /** Searches the code set for the typed words (code, name or words in it). */
  search: (query: string) => Promise<Result<Entry[]>>;
  /** An entry as the list shows it and as the box shows it once picked. */
  optionLabel: (entry: Entry) => string;
  /** A second, dimmed line under an entry in the list. */
  optionDetail?: (entry: Entry) => ReactNode;
  /** What the box shows at first: the recorded entry when editing, else ''. */
  initialText: string;
  /** The label of the entry already picked (editing a coded item), which is not searched; null if none. */
  initialPick: string | null;
  /** The message beside the field: the form's or the server's. */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
  onBlur?: () => void;
  /** An entry was picked from the list. */
  onPick: (entry: Entry) => void;
  /** The text changed and no longer names the picked entry (the user typed): its code no longer applies. */
  onType: (text: string) => void;
}

/**
 * A box that searches a code set (ICD-10-CM, RxNorm, CVX) as the user types and lists the matches
 * in the server's order. Only picking an entry sets its code, so nobody saves a code that is not in
 * the set by typing something that looks like one.
 */
export function CodePicker<Entry>(props: CodePickerProps<Entry>) {
  const [text, setText] = useState(props.initialText);
  // Mantine calls onOptionSubmit before onChange, in one event: the ref sees the pick at once.
  const picked = useRef(props.initialPick);
  const { entries, searching, searchError, settle } = useCodeSearch(text, picked, props.search);
  const byLabel = new Map(entries.map((entry) => [props.optionLabel(entry), entry]));
  const { optionDetail } = props;

  return (
    <Autocomplete
      ref={props.inputRef}
      label={props.label}
      description={props.description}
      placeholder={props.placeholder}
      required={props.required}
      data-autofocus={props.autoFocus || undefined}
      value={text}
      data={[...byLabel.keys()]}
      filter={({ options }) => options}
      maxDropdownHeight={props.maxDropdownHeight}
      rightSection={searching ? <Loader size="xs" aria-hidden /> : null}
      error={props.error ?? searchError}
      onBlur={props.onBlur}
      renderOption={
        optionDetail &&
        (({ option }) => {
          const entry = byLabel.get(option.value);
          return (
            <Stack gap={0}>
              <Text size="sm">{option.value}</Text>
              {entry && (
                <Text size="xs" c="dimmed">
                  {optionDetail(entry)}
                </Text>
              )}
            </Stack>
          );
        })
      }
      onChange={(value) => {
        setText(value);
        if (value === picked.current) return;
        picked.current = null;
        props.onType(value);
      }}
      onOptionSubmit={(label) => {
        const entry = byLabel.get(label);
        if (!entry) return;
        picked.current = label;
        setText(label);
        settle();
        props.onPick(entry);
      }}
    />
  );
}
