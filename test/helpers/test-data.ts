import type { InputOf } from '../../electron/contract/procedures';
import type { Role } from '../../electron/contract/roles';

/**
 * The people and records tests use, as plain data: no app, no store, no browser. The child processes
 * that the crash and kill tests bundle import this, so they stay small and start fast.
 */
export const testPassword = 'tidal-compass-91';

export const staffPasswords: Record<Role, { username: string; fullName: string; password: string }> = {
  office_manager: { username: 'olivia', fullName: 'Olivia Manager', password: testPassword },
  physician: { username: 'drpark', fullName: 'Dr. Jun Park', password: 'granite-willow-36' },
  nurse: { username: 'nurseamy', fullName: 'Amy Nurse', password: 'velvet-summit-73' },
  front_desk: { username: 'frontdesk', fullName: 'Frank Desk', password: 'amber-falcon-64' },
};

export const practiceInput = {
  name: 'Test Family Practice',
  addressLine1: '1 Test Way',
  addressLine2: '',
  city: 'Springfield',
  state: 'IL',
  postalCode: '62701',
  phone: '(217) 555-0100',
  fax: '(217) 555-0101',
};

export const patientInput = (
  overrides: Partial<InputOf<'patients.register'>['patient']> = {},
): InputOf<'patients.register'>['patient'] => ({
  legalGivenName: 'Maria',
  legalFamilyName: 'Lopez',
  birthDate: '1980-03-04',
  sex: 'female',
  address: { line1: '5 Elm St', city: 'Springfield', state: 'IL', postalCode: '62701' },
  mobilePhone: '(217) 555-0142',
  emergencyContact: {},
  insurance: null,
  ...overrides,
});

/** The second patient of a chart test: the one a write must never land on. */
export const otherPatientInput = { legalGivenName: 'Other', legalFamilyName: 'Person', birthDate: '1950-01-01' };

/** A date in the workstation's calendar, `days` from today. */
export const localDate = (days = 0): string => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
