import { describe, expect, it } from 'vitest';
import { insertAtCursor } from '../../../renderer/src/features/note-templates/insert-at-cursor';

describe('placing a smart insert in a template section', () => {
  it('goes where the cursor is, and the cursor moves after it', () => {
    expect(insertAtCursor('Vitals: \nExam: ', '{{vitals}}', 8, 8)).toEqual({
      text: 'Vitals: {{vitals}}\nExam: ',
      cursor: 18,
    });
  });

  it('replaces the selected text', () => {
    expect(insertAtCursor('Meds: none', '{{medications}}', 6, 10)).toEqual({
      text: 'Meds: {{medications}}',
      cursor: 21,
    });
  });

  it('goes at the end when the field was never focused', () => {
    expect(insertAtCursor('Allergies: ', '{{allergies}}', null, null)).toEqual({
      text: 'Allergies: {{allergies}}',
      cursor: 24,
    });
  });
});
