import type { AllergyFields } from '../../../../contract/allergies';

/** Allergies as a clinic records them, each with how often it is met (weights, not percentages). */
export const allergyChoices: readonly (readonly [Omit<AllergyFields, 'onset' | 'comment'>, number])[] = [
  [{ substance: 'Penicillin', category: 'drug', reaction: 'Hives', severity: 'moderate' }, 10],
  [{ substance: 'Amoxicillin', category: 'drug', reaction: 'Rash', severity: 'mild' }, 4],
  [{ substance: 'Sulfonamide antibiotics', category: 'drug-class', reaction: 'Rash', severity: 'moderate' }, 6],
  [{ substance: 'Codeine', category: 'drug', reaction: 'Nausea and vomiting', severity: 'mild' }, 4],
  [{ substance: 'Lisinopril', category: 'drug', reaction: 'Dry cough', severity: 'mild' }, 2],
  [{ substance: 'NSAIDs', category: 'drug-class', reaction: 'Stomach upset', severity: 'mild' }, 3],
  [{ substance: 'Morphine', category: 'drug', reaction: 'Itching', severity: 'mild' }, 1],
  [{ substance: 'Iodinated contrast media', category: 'drug-class', reaction: 'Hives', severity: 'moderate' }, 1],
  [{ substance: 'Peanuts', category: 'food', reaction: 'Anaphylaxis', severity: 'severe' }, 3],
  [{ substance: 'Shellfish', category: 'food', reaction: 'Hives and lip swelling', severity: 'moderate' }, 2],
  [{ substance: 'Tree nuts', category: 'food', reaction: 'Throat tightness', severity: 'severe' }, 1],
  [{ substance: 'Eggs', category: 'food', reaction: 'Rash', severity: 'mild' }, 1],
  [{ substance: 'Latex', category: 'environmental', reaction: 'Contact rash', severity: 'mild' }, 2],
  [{ substance: 'Bee stings', category: 'environmental', reaction: 'Swelling at the site', severity: 'moderate' }, 2],
  [{ substance: 'Adhesive tape', category: 'other', reaction: 'Blistering', severity: 'mild' }, 1],
  [{ substance: 'Cephalexin', category: 'drug', reaction: 'Unknown reaction in childhood', severity: 'unknown' }, 1],
];

/** Substances that rule out a penicillin antibiotic. */
export const penicillinAllergies: ReadonlySet<string> = new Set(['Penicillin', 'Amoxicillin']);
