import { SimpleGrid } from '@mantine/core';
import type { PatientDto } from '../../../../../electron/contract';
import { type DemographicsItem, DemographicsSection } from './DemographicsSection';
import { demographicsGroups } from './demographics-items';

export interface DemographicsGroup {
  title: string;
  items: DemographicsItem[];
}

/**
 * The read view of a patient's demographics, grouped as the chart shows them. `extraGroups` come
 * first: the backup lookup adds the MRN and the allergy line, which the chart shows in its banner.
 */
export function DemographicsView({
  patient,
  extraGroups = [],
}: {
  patient: PatientDto;
  extraGroups?: DemographicsGroup[];
}) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm" verticalSpacing="sm">
      {[...extraGroups, ...demographicsGroups(patient)].map((group) => (
        <DemographicsSection key={group.title} title={group.title} items={group.items} />
      ))}
    </SimpleGrid>
  );
}
