import { describe, expect, it } from 'vitest';
import { ageText, describeDate, formatDate, parseDateInput } from '../../../renderer/src/features/patients/model/dates';

const today = '2026-11-22';

describe('parseDateInput', () => {
  it.each([
    ['1980-03-04', '1980-03-04'],
    ['1980/3/4', '1980-03-04'],
    ['03/04/1980', '1980-03-04'],
    ['3/4/1980', '1980-03-04'],
    ['03-04-1980', '1980-03-04'],
    ['03.04.1980', '1980-03-04'],
    ['03041980', '1980-03-04'],
    ['19800304', '1980-03-04'],
    ['4 Mar 1980', '1980-03-04'],
    ['4 march 1980', '1980-03-04'],
    ['March 4, 1980', '1980-03-04'],
    ['Sept 30 1999', '1999-09-30'],
    ['  1980-03-04 ', '1980-03-04'],
  ])('reads %s as %s', (typed, iso) => {
    expect(parseDateInput(typed, today)).toBe(iso);
  });

  it('puts a two-digit year in the latest century that is not in the future', () => {
    expect(parseDateInput('3/4/80', today)).toBe('1980-03-04');
    expect(parseDateInput('3/4/26', today)).toBe('2026-03-04');
    expect(parseDateInput('3/4/27', today)).toBe('1927-03-04');
  });

  it.each(['', '1980', '13/01/1980', '02/30/1980', '1980-02-30', '4 Ma 1980', '4 Mayo 1980', 'smith'])(
    'refuses %s',
    (typed) => {
      expect(parseDateInput(typed, today)).toBeNull();
    },
  );

  it('knows leap days', () => {
    expect(parseDateInput('02/29/2024', today)).toBe('2024-02-29');
    expect(parseDateInput('02/29/2023', today)).toBeNull();
  });
});

describe('formatDate and describeDate', () => {
  it('writes dates without day/month ambiguity', () => {
    expect(formatDate('1980-03-04')).toBe('04 Mar 1980');
    expect(formatDate('1999-09-30')).toBe('30 Sep 1999');
    expect(describeDate('1980-03-04')).toBe('4 March 1980');
  });
});

describe('ageText', () => {
  it('gives years from two years old', () => {
    expect(ageText('1980-03-04', today)).toBe('46 years');
    expect(ageText('1980-11-23', today)).toBe('45 years');
    expect(ageText('1980-11-22', today)).toBe('46 years');
    expect(ageText('2024-11-22', today)).toBe('2 years');
  });

  it('gives months for infants and toddlers', () => {
    expect(ageText('2024-11-23', today)).toBe('23 months');
    expect(ageText('2026-10-22', today)).toBe('1 month');
    expect(ageText('2026-05-10', today)).toBe('6 months');
  });

  it('gives days for newborns', () => {
    expect(ageText('2026-11-22', today)).toBe('0 days');
    expect(ageText('2026-11-21', today)).toBe('1 day');
    expect(ageText('2026-10-23', today)).toBe('30 days');
  });

  it('says nothing for a date in the future or not a date', () => {
    expect(ageText('2027-01-01', today)).toBe('');
    expect(ageText('', today)).toBe('');
  });
});
