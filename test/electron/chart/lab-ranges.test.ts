import { describe, expect, it } from 'vitest';
import { computeFlag, labNumericValue, parseReferenceRange } from '../../../electron/contract/lab-ranges';

/** Issue 4: reference ranges as labs write them, and the flag a value earns against one. */
describe('lab reference ranges', () => {
  it.each([
    ['3.5-5.1', { low: 3.5, high: 5.1, lowInclusive: true, highInclusive: true }],
    ['3.5 - 5.1', { low: 3.5, high: 5.1 }],
    ['0.76–1.27', { low: 0.76, high: 1.27 }],
    ['-2 to 3', { low: -2, high: 3 }],
    ['<200', { low: null, high: 200, highInclusive: false }],
    ['<=200', { low: null, high: 200, highInclusive: true }],
    ['≤ 200', { low: null, high: 200, highInclusive: true }],
    ['>40', { low: 40, high: null, lowInclusive: false }],
    ['>=40', { low: 40, high: null, lowInclusive: true }],
    ['Negative', { low: null, high: null, text: 'Negative' }],
    ['5.1-3.5', { low: null, high: null }],
    ['', { low: null, high: null, text: '' }],
  ])('reads %j', (written, expected) => {
    expect(parseReferenceRange(written)).toMatchObject(expected);
  });

  it('reads numbers only when the whole value is one', () => {
    expect([labNumericValue('4.2'), labNumericValue(' -1 '), labNumericValue('.5'), labNumericValue('+3')]).toEqual([
      4.2, -1, 0.5, 3,
    ]);
    expect([
      labNumericValue('<0.5'),
      labNumericValue('Negative'),
      labNumericValue('4.2 mmol/L'),
      labNumericValue(''),
    ]).toEqual([null, null, null, null]);
  });

  it.each([
    ['5.8', '3.5-5.1', 'H'],
    ['3.4', '3.5-5.1', 'L'],
    ['3.5', '3.5-5.1', ''],
    ['5.1', '3.5-5.1', ''],
    ['200', '<200', 'H'],
    ['199.9', '<200', ''],
    ['200', '<=200', ''],
    ['201', '<=200', 'H'],
    ['40', '>40', 'L'],
    ['38', '>39', 'L'],
    ['40', '>=40', ''],
    ['-3', '-2 to 3', 'L'],
    ['<0.5', '1.0-2.0', 'L'],
    ['<0.5', '0.0-2.0', ''],
    ['>60', '>59', ''],
    ['>90', '0-40', 'H'],
    ['Positive', 'Negative', 'A'],
    ['negative', 'Negative', ''],
    ['Trace', 'Not detected', 'A'],
    ['Yellow', 'Yellow to amber', ''],
    ['12', 'See comment', ''],
    ['12', '', ''],
    ['Hemolyzed', '3.5-5.1', ''],
  ])('flags %j against %j as %j', (value, range, flag) => {
    expect(computeFlag(value, range)).toBe(flag);
  });
});
