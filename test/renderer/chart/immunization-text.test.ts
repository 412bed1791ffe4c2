import { describe, expect, it } from 'vitest';
import type { ImmunizationDto } from '../../../electron/contract';
import {
  detailParts,
  historyValue,
  vaccineLabel,
} from '../../../renderer/src/features/chart/immunizations/immunization-text';

const record = (fields: Partial<ImmunizationDto>): ImmunizationDto => ({
  id: 1,
  patientId: 1,
  version: 1,
  retired: false,
  retiredReason: '',
  createdAt: '2026-11-22T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  kind: 'administered',
  cvx: '03',
  vaccine: 'MMR',
  date: '2026-11-22',
  lot: '',
  expiry: '',
  manufacturer: '',
  site: '',
  route: '',
  dose: '',
  administeredBy: '',
  visDate: '',
  refusalReason: '',
  comment: '',
  ...fields,
});

describe('immunization wording', () => {
  it('lists a dose the way a vaccine card reads, leaving out what was not recorded', () => {
    const given = record({
      lot: 'X123',
      expiry: '2027-05-01',
      manufacturer: 'Merck',
      site: 'left-upper-arm',
      route: 'subcutaneous',
      dose: '0.5 mL',
      administeredBy: 'Amy Nurse',
      visDate: '2021-08-06',
    });
    expect(detailParts(given)).toEqual([
      'Lot X123 (exp. 2027-05-01)',
      'Merck',
      'Left upper arm (triceps)',
      'Subcutaneous (SC)',
      '0.5 mL',
      'by Amy Nurse',
      'VIS 2021-08-06',
    ]);
    expect(detailParts(record({ kind: 'historical', comment: 'From school record' }))).toEqual(['From school record']);
  });

  it('shows a refusal by its reason', () => {
    expect(detailParts(record({ kind: 'refused', refusalReason: 'Parent declined', visDate: '2021-08-06' }))).toEqual([
      'Reason: Parent declined',
      'VIS 2021-08-06',
    ]);
  });

  it('names vaccines and stored values in words', () => {
    expect(vaccineLabel({ name: 'Tdap', code: '115' })).toBe('Tdap (CVX 115)');
    expect(historyValue('kind', 'historical')).toBe('Historical (reported)');
    expect(historyValue('site', 'right-thigh')).toBe('Right thigh (vastus lateralis)');
    expect(historyValue('route', 'intranasal')).toBe('Intranasal');
    expect(historyValue('lot', '')).toBe('(blank)');
  });
});
