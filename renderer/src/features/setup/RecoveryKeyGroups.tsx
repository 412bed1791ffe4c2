import { Box, SimpleGrid, Text } from '@mantine/core';

/** The key in numbered groups, large and monospaced, so it can be copied onto paper and typed back. */
export function RecoveryKeyGroups({ groups }: { groups: readonly string[] }) {
  return (
    <SimpleGrid
      component="ol"
      cols={{ base: 2, xs: 3, sm: 4 }}
      spacing="sm"
      verticalSpacing="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {groups.map((group, index) => (
        // A key may repeat a group, so the position is the identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: groups are fixed for the life of this list.
        <Box component="li" key={index} ta="center" py={6} bd="1px solid var(--mantine-color-gray-4)" bdrs="sm">
          <Text size="xs" c="dimmed">
            Group {index + 1}
          </Text>
          <Text ff="monospace" fz={24} fw={700} lts={2}>
            {group}
          </Text>
        </Box>
      ))}
    </SimpleGrid>
  );
}
