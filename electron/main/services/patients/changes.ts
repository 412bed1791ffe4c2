import type { PatientFields } from '../../../contract/patients';

/** Field-by-field differences between two versions of demographics, labelled as the form labels them. */
const labels: Record<string, string> = {
  legalGivenName: 'Given name',
  legalMiddleName: 'Middle name',
  legalFamilyName: 'Family name',
  suffix: 'Suffix',
  preferredName: 'Preferred name',
  birthDate: 'Date of birth',
  sex: 'Sex',
  genderIdentity: 'Gender identity',
  pronouns: 'Pronouns',
  'address.line1': 'Address line 1',
  'address.line2': 'Address line 2',
  'address.city': 'City',
  'address.state': 'State',
  'address.postalCode': 'ZIP code',
  'address.country': 'Country',
  mobilePhone: 'Mobile phone',
  homePhone: 'Home phone',
  workPhone: 'Work phone',
  email: 'Email',
  preferredLanguage: 'Preferred language',
  'emergencyContact.name': 'Emergency contact name',
  'emergencyContact.relationship': 'Emergency contact relationship',
  'emergencyContact.phone': 'Emergency contact phone',
  'insurance.payerName': 'Insurance company',
  'insurance.planName': 'Insurance plan',
  'insurance.memberId': 'Member ID',
  'insurance.groupNumber': 'Group number',
  'insurance.subscriberName': 'Subscriber name',
  'insurance.subscriberRelationship': 'Subscriber relationship',
  'insurance.subscriberBirthDate': 'Subscriber date of birth',
};

const flatten = (value: unknown, prefix = ''): Record<string, string> => {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object') return { [prefix]: String(value) };
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, string>>(
    (all, [key, inner]) => Object.assign(all, flatten(inner, prefix ? `${prefix}.${key}` : key)),
    {},
  );
};

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export const describeChanges = (before: PatientFields, after: PatientFields): FieldChange[] => {
  const a = flatten({
    ...before,
    id: undefined,
    mrn: undefined,
    version: undefined,
    createdAt: undefined,
    updatedAt: undefined,
  });
  const b = flatten(after);
  return Object.keys(labels)
    .filter((field) => (a[field] ?? '') !== (b[field] ?? ''))
    .map((field) => ({ field, label: labels[field]!, before: a[field] ?? '', after: b[field] ?? '' }));
};
