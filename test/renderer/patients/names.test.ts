import { describe, expect, it } from 'vitest';
import { patientListName, preferredNameOf } from '../../../renderer/src/features/patients/model/names';

const jim = { legalFamilyName: 'Smith', legalGivenName: 'James', preferredName: 'Jim' };

describe('patient names', () => {
  it('lists family name first with the preferred name in brackets', () => {
    expect(patientListName(jim)).toBe('Smith, James (Jim)');
  });

  it('leaves out a preferred name that repeats the given name', () => {
    expect(patientListName({ ...jim, preferredName: 'james' })).toBe('Smith, James');
    expect(preferredNameOf({ ...jim, preferredName: ' ' })).toBe('');
  });
});
