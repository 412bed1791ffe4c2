import { type InputOf, setRecallInputSchema } from '../../../../electron/contract';

/** The recall form as typed: "in N weeks|months" or "on a date", a reason, and optionally a provider. */
export interface RecallDraft {
  when: 'in' | 'on';
  count: number | '';
  unit: 'weeks' | 'months';
  date: string;
  reason: string;
  /** A provider's id as the Select holds it; null for any provider. */
  providerId: string | null;
}

/** The usual recall: three months, with the provider the patient just saw. */
export const newRecallDraft = (providerId?: number): RecallDraft => ({
  when: 'in',
  count: 3,
  unit: 'months',
  date: '',
  reason: '',
  providerId: providerId === undefined ? null : String(providerId),
});

export const recallInput = (
  patientId: number,
  draft: RecallDraft,
  sourceAppointmentId?: number,
): InputOf<'recalls.set'> => ({
  patientId,
  due:
    draft.when === 'in'
      ? { kind: 'in', count: draft.count === '' ? Number.NaN : draft.count, unit: draft.unit }
      : { kind: 'on', date: draft.date },
  reason: draft.reason,
  ...(draft.providerId ? { providerId: Number(draft.providerId) } : {}),
  ...(sourceAppointmentId === undefined ? {} : { sourceAppointmentId }),
});

/** The contract's own message for the first thing wrong, before anything is sent; null when the input is fine. */
export const recallProblem = (input: InputOf<'recalls.set'>): string | null => {
  const parsed = setRecallInputSchema.safeParse(input);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'Check the recall.');
};
