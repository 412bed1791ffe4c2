import type { OutputOf } from '../../../../../electron/contract';

/** One version of a chart item (allergy, problem) as the server describes it. */
export type ChartItemVersion = OutputOf<'allergies.history'>[number];

export const actionLabels: Record<ChartItemVersion['action'], string> = {
  created: 'Recorded',
  edited: 'Edited',
  retired: 'Retired',
};

/** The reason sent to the server: the picked reason, or the typed words when "other" was picked. */
export const retireReasonText = (picked: string | null, typed: string): string => {
  if (!picked) return '';
  if (picked === 'other') return typed.trim();
  return picked;
};

export const retireReasonLabel = (reason: string): string =>
  reason === 'other' ? 'Other (type the reason)' : reason.charAt(0).toUpperCase() + reason.slice(1);
