import { type AllergyDto, allergyCategoryLabels } from '../../../../../electron/contract';

/** Plain words for what the server stores, so the allergy list reads the same everywhere. */
export const severityLabels: Record<AllergyDto['severity'], string> = {
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
  unknown: 'Unknown severity',
};

export const categoryLabel = (category: AllergyDto['category']): string => allergyCategoryLabels[category];

/** Field names the history reports, as the form labels them. */
const fieldLabels: Record<string, string> = {
  substance: 'Substance',
  category: 'Category',
  reaction: 'Reaction',
  severity: 'Severity',
  onset: 'Onset',
  comment: 'Comment',
};

export const fieldLabel = (field: string): string => fieldLabels[field] ?? field;

/** A stored value in the history, in words: "drug" reads "Drug", "severe" reads "Severe". */
export const historyValue = (field: string, value: string): string => {
  if (!value) return '(blank)';
  if (field === 'category' && value in allergyCategoryLabels)
    return allergyCategoryLabels[value as AllergyDto['category']];
  if (field === 'severity' && value in severityLabels) return severityLabels[value as AllergyDto['severity']];
  return value;
};

/** Shared with the problem list: the reason sent when an allergy is retired. */
export { retireReasonText } from '../items/item-text';
