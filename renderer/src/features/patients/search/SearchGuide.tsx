import { List, Text } from '@mantine/core';

/** Shown before anything is typed: what the finder understands. */
export function SearchGuide() {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        Find a patient by any of:
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>Name, in any order: "smith john" or "John Smith"</List.Item>
        <List.Item>Date of birth, in any common form: 03/04/1980, 1980-03-04</List.Item>
        <List.Item>Medical record number (MRN)</List.Item>
        <List.Item>Phone number, with or without spaces and dashes</List.Item>
      </List>
      <Text size="xs" c="dimmed" mt="xs">
        Combine them to narrow the list, e.g. "smith 03/04/1980".
      </Text>
    </div>
  );
}
