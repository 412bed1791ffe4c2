import { describe, expect, it } from 'vitest';
import {
  doseText,
  drugLabel,
  historyValue,
  reviewText,
} from '../../../renderer/src/features/chart/medications/medication-text';

/** A local time on a given calendar day, as the clinic's clock reads it. */
const local = (year: number, month: number, day: number, hour: number, minute: number) =>
  new Date(year, month - 1, day, hour, minute);

describe('medication wording', () => {
  it('says when the list was last reviewed, in calendar days of the clinic', () => {
    const now = local(2026, 11, 22, 16, 5);
    expect(reviewText(null, now)).toBe('Never reviewed');
    const morning = local(2026, 11, 22, 10, 42);
    const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(morning);
    expect(reviewText({ at: morning.toISOString(), by: 'Dr. Jun Park' }, now)).toBe(
      `Reviewed today by Dr. Jun Park at ${time}`,
    );
    // Late last night is yesterday, however few hours ago it was.
    const lateLastNight = local(2026, 11, 21, 23, 50).toISOString();
    expect(reviewText({ at: lateLastNight, by: 'Amy Nurse' }, local(2026, 11, 22, 0, 10))).toBe(
      'Last reviewed yesterday by Amy Nurse',
    );
    const threeDaysAgo = local(2026, 11, 19, 17, 0).toISOString();
    expect(reviewText({ at: threeDaysAgo, by: 'Amy Nurse' }, now)).toBe('Last reviewed 3 days ago by Amy Nurse');
  });

  it('names the drug with its strength, and the dose with its unit', () => {
    expect(drugLabel({ name: 'Lisinopril', strength: '10 mg' })).toBe('Lisinopril 10 mg');
    expect(drugLabel({ name: 'Fish oil', strength: '' })).toBe('Fish oil');
    expect(doseText({ doseAmount: 0.5, doseUnit: 'tablet' })).toBe('0.5 tablet');
    expect(doseText({ doseAmount: null, doseUnit: '' })).toBe('');
  });

  it('shows stored values in words in the history', () => {
    expect(historyValue('status', 'on-hold')).toBe('On hold');
    expect(historyValue('route', 'ophthalmic')).toBe('Eye');
    expect(historyValue('rxcui', '')).toBe('Uncoded');
    expect(historyValue('rxcui', '29046')).toBe('29046');
    expect(historyValue('comment', '')).toBe('(blank)');
  });
});
