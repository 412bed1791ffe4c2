import { Alert, Group, Kbd, Loader, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useId, useState } from 'react';
import type { PatientSummary } from '../../../../../electron/contract';
import { markSearchKeystroke, useSearchPatients } from '../hooks/use-search-patients';
import { SearchGuide } from './SearchGuide';
import { SearchResults } from './SearchResults';
import { SearchStatus } from './SearchStatus';
import { usePatientSearchStore } from './search-store';

export interface PatientSearchProps {
  onOpenPatient: (patientId: number) => void;
}

/**
 * The patient finder: Ctrl-K (Cmd-K on a Mac) from anywhere, even while typing in another field.
 * Focus stays in the search box; arrow keys move through the results, Enter opens the active one.
 * Mount it once, near the root of the signed-in app.
 */
export function PatientSearch({ onOpenPatient }: PatientSearchProps) {
  const { opened, open, close } = usePatientSearchStore();
  const [query, setQuery] = useState('');
  const search = useSearchPatients(query);
  // The active row belongs to one answer; a new answer starts again at its first row.
  const [pointer, setPointer] = useState({ query: '', index: 0 });
  const active = pointer.query === search.query ? pointer.index : 0;
  const listId = useId();
  const optionId = (index: number) => `${listId}-option-${index}`;

  useHotkeys(
    [
      ['ctrl+K', open],
      ['meta+K', open],
    ],
    [],
  );

  const dismiss = () => {
    close();
    setQuery('');
  };
  const openPatient = (patient: PatientSummary) => {
    dismiss();
    onOpenPatient(patient.id);
  };
  const point = (index: number) => {
    // Mouse moves arrive many times per row; only a change of row needs a render.
    if (index !== active || pointer.query !== search.query) setPointer({ query: search.query, index });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = search.results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count > 0) point((active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Results for older text may belong to someone else; Enter waits until they answer what is typed.
      const chosen = search.stale ? undefined : search.results[active];
      if (chosen) openPatient(chosen);
    }
  };

  const showResults = query.trim() !== '' && search.query !== '';
  const hasRows = showResults && search.results.length > 0;

  return (
    <Modal
      opened={opened}
      onClose={dismiss}
      title="Find a patient"
      size={880}
      yOffset="8vh"
      // No opening animation: the search box must have focus before the first typed letter arrives.
      transitionProps={{ duration: 0 }}
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          value={query}
          onChange={(event) => {
            markSearchKeystroke(event.currentTarget.value, query);
            setQuery(event.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          aria-label="Search patients by name, date of birth, MRN or phone"
          placeholder="Name, date of birth, MRN or phone"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hasRows}
          aria-controls={listId}
          aria-activedescendant={hasRows ? optionId(active) : undefined}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={search.stale ? <Loader size="xs" aria-label="Searching" /> : null}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          size="md"
        />
        {!query.trim() && <SearchGuide />}
        {/* Always mounted, so screen readers announce each new count and interpretation. */}
        <div aria-live="polite" aria-atomic>
          {showResults && search.error && (
            <Alert color="red" variant="light" title="Search did not run">
              {search.error.message}
            </Alert>
          )}
          {showResults && !search.error && <SearchStatus search={search} />}
        </div>
        {hasRows && (
          <SearchResults
            listId={listId}
            optionId={optionId}
            results={search.results}
            active={active}
            stale={search.stale}
            onPoint={point}
            onOpen={openPatient}
          />
        )}
        <Group gap="md" justify="flex-end">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> move · <Kbd size="xs">Enter</Kbd> open ·{' '}
            <Kbd size="xs">Esc</Kbd> close
          </Text>
        </Group>
      </Stack>
    </Modal>
  );
}
