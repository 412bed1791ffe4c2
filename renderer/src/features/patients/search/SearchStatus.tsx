import { Group, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { type PatientSearchState, searchLimit } from '../hooks/use-search-patients';

/** One line saying how the query was understood and how many patients matched. */
export function SearchStatus({ search }: { search: PatientSearchState }) {
  if (search.kind === 'empty') {
    return (
      <Group gap={4} wrap="nowrap" mih={22}>
        <IconInfoCircle size={16} aria-hidden />
        <Text size="sm">{search.interpretation || 'Type a name, date of birth, MRN or phone number.'}</Text>
      </Group>
    );
  }
  const count = search.results.length;
  const summary =
    count === 0
      ? `No patients match "${search.query}". Check the spelling, or try the date of birth, MRN or phone.`
      : count >= searchLimit
        ? `Showing the first ${searchLimit} matches; add more detail to narrow the list.`
        : `${count} ${count === 1 ? 'patient matches' : 'patients match'}.`;
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" mih={22}>
      <IconInfoCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">
        {search.interpretation && <strong>Searching for {search.interpretation}. </strong>}
        {summary}
      </Text>
    </Group>
  );
}
