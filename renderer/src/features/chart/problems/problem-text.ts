import type { ProblemDto } from '../../../../../electron/contract';

/** Reasons offered when a problem is retired; "resolved" is not one: a resolved problem stays on the chart. */
export const problemRetireReasons = ['entered in error', 'duplicate entry', 'other'] as const;

export const clinicalStatusLabels: Record<ProblemDto['clinicalStatus'], string> = {
  active: 'Active',
  resolved: 'Resolved',
};

/** How a code is shown in the picker and lists: "E11.9 — Type 2 diabetes mellitus without complications". */
export const codeLabel = (code: string, description: string): string => `${code} — ${description}`;

const fieldLabels: Record<string, string> = {
  code: 'Code',
  description: 'Description',
  onset: 'Onset',
  clinicalStatus: 'Status',
  comment: 'Comment',
};

export const fieldLabel = (field: string): string => fieldLabels[field] ?? field;

/** A stored value in the history, in words: "resolved" reads "Resolved". */
export const historyValue = (field: string, value: string): string => {
  if (!value) return '(blank)';
  if (field === 'clinicalStatus' && value in clinicalStatusLabels)
    return clinicalStatusLabels[value as ProblemDto['clinicalStatus']];
  return value;
};
