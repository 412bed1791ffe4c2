import { Badge, Group, Text } from '@mantine/core';
import type { Ref } from 'react';
import { api } from '../../../platform';
import { CodePicker } from '../codes/CodePicker';

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

const searchRxNorm = (query: string) => api.codes.searchRxNorm({ query, limit: 30 });

/**
 * The drug field: searches the shipped RxNorm list as the user types, and a picked entry codes the
 * drug. Anything else typed is kept as free text and shown as "Uncoded", so nobody mistakes a typed
 * name for a coded one.
 */
export function RxNormPicker({ rxcui, name, onChange, ...field }: RxNormPickerProps) {
  return (
    <div>
      <CodePicker
        {...field}
        label="Drug"
        description='Type the generic name, e.g. "lisinopril", and pick it from the list; a drug not in the list may be typed in full.'
        placeholder="Search drugs"
        required
        autoFocus
        maxDropdownHeight={260}
        search={searchRxNorm}
        optionLabel={(entry) => entry.name}
        initialText={name}
        initialPick={rxcui ? name : null}
        onPick={(entry) => onChange({ rxcui: entry.code, name: entry.name })}
        onType={(typed) => onChange({ rxcui: '', name: typed })}
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
