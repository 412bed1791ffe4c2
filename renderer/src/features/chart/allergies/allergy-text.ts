import { type AllergyDto, allergyCategoryLabels, type retireReasons } from '../../../../../electron/contract';

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

export type RetireReason = (typeof retireReasons)[number];

/** The reason sent to the server: the picked reason, or the typed words when "other" was picked. */
export const retireReasonText = (picked: RetireReason | null, typed: string): string => {
  if (!picked) return '';
  if (picked === 'other') return typed.trim();
  return picked;
};

export const actionLabels: Record<'created' | 'edited' | 'retired', string> = {
  created: 'Recorded',
  edited: 'Edited',
  retired: 'Retired',
};
