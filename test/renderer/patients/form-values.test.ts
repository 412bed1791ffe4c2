import { describe, expect, it } from 'vitest';
import { patientInputSchema } from '../../../electron/contract';
import {
  emptyInsurance,
  emptyPatientValues,
  patientFieldPaths,
} from '../../../renderer/src/features/patients/model/form-values';

describe('patient form values', () => {
  it('name every input of the contract, so server errors can be placed beside their field', () => {
    const filled = {
      ...emptyPatientValues(),
      legalGivenName: 'Ann',
      legalFamilyName: 'Lee',
      birthDate: '1980-03-04',
      sex: 'female',
      insurance: { ...emptyInsurance(), payerName: 'Acme', memberId: 'X1' },
    };
    expect(patientInputSchema.safeParse(filled).success).toBe(true);
    expect(patientFieldPaths.has('address.city')).toBe(true);
    expect(patientFieldPaths.has('insurance.memberId')).toBe(true);
    expect(patientFieldPaths.has('sex')).toBe(true);
    const topLevel = new Set([...patientFieldPaths].map((path) => path.split('.')[0]));
    expect([...topLevel].sort()).toEqual(Object.keys(patientInputSchema.shape).sort());
  });

  it('a blank form is refused with the contract’s messages', () => {
    const result = patientInputSchema.safeParse(emptyPatientValues());
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(messages).toContain('Enter the given name.');
    expect(messages).toContain('Pick the sex recorded for the patient.');
  });
});
