import {
  type MedicationDto,
  type MedicationRoute,
  type MedicationStatus,
  medicationRouteLabels,
  medicationStatusLabels,
} from '../../../../../electron/contract';

/** Reasons offered when a medication is retired; a drug the patient no longer takes is stopped, not retired. */
export const medicationRetireReasons = ['entered in error', 'duplicate entry', 'wrong drug recorded', 'other'] as const;

export const statusLabel = (status: MedicationStatus): string => medicationStatusLabels[status];

export const routeLabel = (route: MedicationRoute | ''): string => (route ? medicationRouteLabels[route] : '');

/** "1 tablet", "0.5 mL", or '' when the dose is not fixed. */
export const doseText = (medication: Pick<MedicationDto, 'doseAmount' | 'doseUnit'>): string =>
  medication.doseAmount === null ? '' : `${medication.doseAmount} ${medication.doseUnit}`.trim();

/** "Lisinopril 10 mg": the drug as a list or a screen reader names it. */
export const drugLabel = (medication: Pick<MedicationDto, 'name' | 'strength'>): string =>
  medication.strength ? `${medication.name} ${medication.strength}` : medication.name;

/** Suggestions offered as the user types; anything else may be typed. */
export const doseUnitSuggestions = [
  'tablet',
  'capsule',
  'mg',
  'mcg',
  'g',
  'mL',
  'unit',
  'puff',
  'drop',
  'spray',
  'patch',
  'application',
  'suppository',
];

export const frequencySuggestions = [
  'once daily',
  'twice daily',
  'three times daily',
  'four times daily',
  'every morning',
  'at bedtime',
  'every 4 hours as needed',
  'every 6 hours as needed',
  'as needed',
  'once weekly',
];

const fieldLabels: Record<string, string> = {
  rxcui: 'RxNorm code',
  name: 'Drug',
  strength: 'Strength',
  doseAmount: 'Dose',
  doseUnit: 'Dose unit',
  route: 'Route',
  frequency: 'Frequency',
  sig: 'Directions (sig)',
  quantity: 'Quantity',
  startDate: 'Start date',
  stopDate: 'Stop date',
  prescriber: 'Prescriber',
  status: 'Status',
  comment: 'Comment',
};

export const fieldLabel = (field: string): string => fieldLabels[field] ?? field;

/** A stored value in the history, in words: "on-hold" reads "On hold", an empty RxNorm code "Uncoded". */
export const historyValue = (field: string, value: string): string => {
  if (field === 'rxcui') return value || 'Uncoded';
  if (!value) return '(blank)';
  if (field === 'status' && value in medicationStatusLabels) return statusLabel(value as MedicationStatus);
  if (field === 'route' && value in medicationRouteLabels) return routeLabel(value as MedicationRoute);
  return value;
};

const dayNumber = (date: Date): number =>
  Math.floor(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / 86_400_000);

const timeOfDay = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/**
 * The last medication reconciliation in words, counted in the clinic's calendar days: "Reviewed today
 * by Dr. Park at 10:42", "Last reviewed 3 days ago by Amy Nurse", or "Never reviewed".
 */
export const reviewText = (review: { at: string; by: string } | null, now: Date): string => {
  if (!review) return 'Never reviewed';
  const at = new Date(review.at);
  const daysAgo = dayNumber(now) - dayNumber(at);
  if (daysAgo <= 0) return `Reviewed today by ${review.by} at ${timeOfDay.format(at)}`;
  if (daysAgo === 1) return `Last reviewed yesterday by ${review.by}`;
  return `Last reviewed ${daysAgo} days ago by ${review.by}`;
};
