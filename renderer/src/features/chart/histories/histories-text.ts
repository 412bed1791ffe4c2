import {
  type FamilyHistoryDto,
  type Relative,
  relativeLabels,
  smokingStatusName,
} from '../../../../../electron/contract';

/** "Father: Type 2 diabetes mellitus (E11.9)". */
export const familyEntryName = (entry: Pick<FamilyHistoryDto, 'relative' | 'condition'>): string =>
  `${relativeLabels[entry.relative]}: ${entry.condition}`;

const familyFieldLabels: Record<string, string> = {
  relative: 'Relative',
  condition: 'Condition',
  code: 'ICD-10-CM code',
  ageAtOnset: 'Age at onset',
  deceased: 'Deceased',
  comment: 'Comment',
};
export const familyFieldLabel = (field: string): string => familyFieldLabels[field] ?? field;

export const familyHistoryValue = (field: string, value: string): string => {
  if (value === '' || value === 'null') return '(blank)';
  if (field === 'relative' && value in relativeLabels) return relativeLabels[value as Relative];
  if (field === 'deceased') return value === 'true' ? 'Yes' : 'No';
  return value;
};

/** The social history's fields, in the order the form asks for them and the panel shows them. */
export const socialHistoryFields = [
  'smokingStatus',
  'tobaccoComment',
  'alcohol',
  'substanceUse',
  'occupation',
  'livingSituation',
  'comment',
] as const;

const socialFieldLabels: Record<string, string> = {
  smokingStatus: 'Smoking status',
  tobaccoComment: 'Tobacco comment',
  alcohol: 'Alcohol',
  substanceUse: 'Substance use',
  occupation: 'Occupation',
  livingSituation: 'Living situation',
  comment: 'Comment',
};
export const socialFieldLabel = (field: string): string => socialFieldLabels[field] ?? field;

/** A smoking status reads as its name with the SNOMED CT code: "Former smoker (8517006)". */
export const smokingStatusText = (code: string): string => (code ? `${smokingStatusName(code)} (${code})` : '');

export const socialHistoryValue = (field: string, value: string): string => {
  if (value === '') return '(blank)';
  return field === 'smokingStatus' ? smokingStatusText(value) : value;
};
