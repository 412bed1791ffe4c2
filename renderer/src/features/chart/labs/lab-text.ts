/** Reasons offered when a lab panel is retired. */
export const labRetireReasons = ['entered in error', 'wrong patient', 'duplicate entry', 'other'] as const;

const fieldLabels: Record<string, string> = {
  name: 'Panel',
  collectedAt: 'Collected',
  orderingProvider: 'Ordering provider',
  performingLab: 'Performing lab',
  comment: 'Comment',
};

/** A changed field in the history; a changed result is named by its analyte, which stays as it is. */
export const fieldLabel = (field: string): string => fieldLabels[field] ?? field;

export const historyValue = (_field: string, value: string): string =>
  value ? value.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/, '$1 $2') : '(blank)';

/** "2026-03-10T08:15" → "10 Mar 2026, 08:15": a collection time as the lab slip writes it. */
export const formatCollected = (value: string): string => {
  const [date = '', time] = value.split('T');
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d).toLocaleDateString(undefined, { dateStyle: 'medium' });
  return time ? `${day}, ${time}` : day;
};

/** "4.6 mmol/L", or the value alone when it has no unit. */
export const valueWithUnit = (value: string, unit: string): string => (unit ? `${value} ${unit}` : value);
