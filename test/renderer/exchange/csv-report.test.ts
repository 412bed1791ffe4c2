import { describe, expect, it } from 'vitest';
import { rowErrorText, sampleColumns } from '../../../renderer/src/features/exchange/csv/csv-report';

describe('sampleColumns', () => {
  it('puts the columns in the mapping’s field order, by field name or label, then anything else', () => {
    expect(
      sampleColumns([
        { Sex: 'Female', 'Family name': 'Muñoz', 'Given name': 'Inés' },
        { City: 'Tulsa', Note: 'x', 'Family name': 'Chen' },
      ]),
    ).toEqual(['Family name', 'Given name', 'Sex', 'City', 'Note']);
    expect(sampleColumns([{ sex: 'female', familyName: 'Muñoz' }])).toEqual(['familyName', 'sex']);
  });

  it('leaves out columns no sampled row fills', () => {
    expect(
      sampleColumns([
        { 'Family name': 'Muñoz', Email: '' },
        { 'Family name': 'Chen', Email: '' },
      ]),
    ).toEqual(['Family name']);
    expect(sampleColumns([])).toEqual([]);
  });
});

describe('rowErrorText', () => {
  it('drops the row and field the table already shows, and starts with a capital', () => {
    expect(
      rowErrorText({
        row: 3,
        field: 'Sex',
        message: 'Row 3, Sex: the sex is empty; use F, M, I (intersex) or U (unknown).',
      }),
    ).toBe('The sex is empty; use F, M, I (intersex) or U (unknown).');
    expect(
      rowErrorText({
        row: 4,
        field: 'Date of birth',
        message: "Row 4, Date of birth: '31/02/1990' is not a date; use MM/DD/YYYY.",
      }),
    ).toBe("'31/02/1990' is not a date; use MM/DD/YYYY.");
  });

  it('keeps a message about the whole row, or one worded otherwise, as the server wrote it', () => {
    const wholeRow = { row: 5, field: 'Row', message: 'Row 5 has 7 values but the header has 6 columns.' };
    expect(rowErrorText(wholeRow)).toBe(wholeRow.message);
    expect(rowErrorText({ row: 6, field: 'Sex', message: 'Row 7, Sex: x' })).toBe('Row 7, Sex: x');
  });
});
