import { SimpleGrid } from '@mantine/core';
import type { PatientDto } from '../../../../../electron/contract';
import { DemographicsSection } from './DemographicsSection';
import { demographicsGroups } from './demographics-items';

export function DemographicsView({ patient }: { patient: PatientDto }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm" verticalSpacing="sm">
      {demographicsGroups(patient).map((group) => (
        <DemographicsSection key={group.title} title={group.title} items={group.items} />
      ))}
    </SimpleGrid>
  );
}
