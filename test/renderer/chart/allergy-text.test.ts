import { describe, expect, it } from 'vitest';
import {
  fieldLabel,
  historyValue,
  retireReasonText,
} from '../../../renderer/src/features/chart/allergies/allergy-text';

describe('allergy wording', () => {
  it('sends the picked retire reason, or the typed words for "other"', () => {
    expect(retireReasonText(null, 'anything')).toBe('');
    expect(retireReasonText('entered in error', 'ignored')).toBe('entered in error');
    expect(retireReasonText('other', '  patient tolerated a full course  ')).toBe('patient tolerated a full course');
    expect(retireReasonText('other', '   ')).toBe('');
  });

  it('shows history values in words', () => {
    expect(fieldLabel('reaction')).toBe('Reaction');
    expect(historyValue('category', 'drug-class')).toBe('Drug class');
    expect(historyValue('severity', 'severe')).toBe('Severe');
    expect(historyValue('reaction', '')).toBe('(blank)');
    expect(historyValue('reaction', 'Hives')).toBe('Hives');
  });
});
