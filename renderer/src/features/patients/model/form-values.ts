import type { DefaultValues } from 'react-hook-form';
import type { PatientDto, PatientInput } from '../../../../../electron/contract';

/**
 * The values the shared patient form edits. They have the contract's input shape, so the contract's
 * schema validates them as they are and the server receives exactly what the form shows.
 */
export type PatientFormValues = PatientInput;
export type InsuranceFormValues = NonNullable<PatientInput['insurance']>;

/** A blank registration. Sex is left unpicked on purpose: guessing it would put a wrong fact in the chart. */
export const emptyPatientValues = (): DefaultValues<PatientFormValues> => ({
  legalGivenName: '',
  legalMiddleName: '',
  legalFamilyName: '',
  suffix: '',
  preferredName: '',
  birthDate: '',
  genderIdentity: '',
  pronouns: '',
  address: { line1: '', line2: '', city: '', state: '', postalCode: '', country: '' },
  mobilePhone: '',
  homePhone: '',
  workPhone: '',
  email: '',
  preferredLanguage: '',
  emergencyContact: { name: '', relationship: '', phone: '' },
  insurance: null,
});

export const emptyInsurance = (): InsuranceFormValues => ({
  payerName: '',
  planName: '',
  memberId: '',
  groupNumber: '',
  subscriberName: '',
  subscriberRelationship: 'self',
  subscriberBirthDate: '',
});

/** The editable part of a stored patient, without the server's own fields (id, MRN, version, dates, allergies). */
export const patientToFormValues = (patient: PatientDto): PatientFormValues => ({
  legalGivenName: patient.legalGivenName,
  legalMiddleName: patient.legalMiddleName,
  legalFamilyName: patient.legalFamilyName,
  suffix: patient.suffix,
  preferredName: patient.preferredName,
  birthDate: patient.birthDate,
  sex: patient.sex,
  genderIdentity: patient.genderIdentity,
  pronouns: patient.pronouns,
  address: { ...patient.address },
  mobilePhone: patient.mobilePhone,
  homePhone: patient.homePhone,
  workPhone: patient.workPhone,
  email: patient.email,
  preferredLanguage: patient.preferredLanguage,
  emergencyContact: { ...patient.emergencyContact },
  insurance: patient.insurance ? { ...patient.insurance } : null,
});

const leafPaths = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, child]) =>
    child !== null && typeof child === 'object' ? leafPaths(child, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

/** Every input the form shows, as dotted paths ("address.city"), so a server error can be put beside its field. */
export const patientFieldPaths: ReadonlySet<string> = new Set([
  ...leafPaths({ ...emptyPatientValues(), insurance: emptyInsurance() }),
  'sex',
]);
