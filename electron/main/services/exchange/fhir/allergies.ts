import type { AllergyIntolerance } from '@medplum/fhirtypes';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, type MappingContext, present } from './context';
import { systems } from './systems';

type AllergyCategory = NonNullable<AllergyIntolerance['category']>[number];
const categories: Record<ChartRows['allergies'][number]['category'], AllergyCategory | null> = {
  drug: 'medication',
  'drug-class': 'medication',
  food: 'food',
  environmental: 'environment',
  other: null,
};
const severities = { mild: 'mild', moderate: 'moderate', severe: 'severe', unknown: null } as const;

const confirmedActive = {
  clinicalStatus: { coding: [{ system: systems.allergyClinical, code: 'active' }] },
  verificationStatus: { coding: [{ system: systems.allergyVerification, code: 'confirmed' }] },
};

/**
 * Allergies and intolerances by substance as typed; the reaction and its severity as one reaction.
 * "No known allergies" is a statement someone made, so it is exported as the standard SNOMED CT
 * concept 716186003 with who recorded it and when, not inferred from an empty list.
 */
export const allergyEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] => {
  const entries = rows.allergies.map((allergy) => {
    const category = categories[allergy.category];
    const severity = severities[allergy.severity];
    const resource: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      meta: lastUpdated(allergy.updatedAt),
      ...confirmedActive,
      ...(category ? { category: [category] } : {}),
      code: { text: allergy.substance },
      patient: context.patient,
      onsetString: present(allergy.onset),
      recordedDate: allergy.createdAt,
      ...(allergy.reaction || severity
        ? {
            reaction: [
              {
                manifestation: [{ text: present(allergy.reaction) ?? 'Reaction not recorded' }],
                ...(severity ? { severity } : {}),
              },
            ],
          }
        : {}),
      ...(allergy.comment ? { note: [{ text: allergy.comment }] } : {}),
    };
    return entryOf(context, 'allergy', allergy.id, resource);
  });
  const review = rows.noKnownAllergies;
  if (review) {
    const resource: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      meta: lastUpdated(review.at),
      ...confirmedActive,
      code: {
        coding: [{ system: systems.snomed, code: '716186003', display: 'No known allergy (situation)' }],
        text: 'No known allergies',
      },
      patient: context.patient,
      recordedDate: review.at,
      recorder: { display: context.userName(review.userId) },
    };
    entries.push(entryOf(context, 'no-known-allergies', review.id, resource));
  }
  return entries;
};
