import type { Address, ContactPoint, Coverage, Extension, HumanName, Patient } from '@medplum/fhirtypes';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, listOrNone, type MappingContext, present } from './context';
import { systems } from './systems';

type PatientRecord = ChartRows['patient'];

/** FHIR's administrative gender has no "intersex": "other" is its nearest, and the receiver gets the sex as text too. */
const genders = { female: 'female', male: 'male', intersex: 'other', unknown: 'unknown' } as const;

const names = (patient: PatientRecord): HumanName[] => {
  const official: HumanName = {
    use: 'official',
    family: patient.legalFamilyName,
    given: [patient.legalGivenName, patient.legalMiddleName].filter((name) => name !== ''),
    ...(patient.suffix ? { suffix: [patient.suffix] } : {}),
  };
  // The name the patient goes by: "usual" is the FHIR use for it.
  const preferred = present(patient.preferredName);
  return preferred ? [official, { use: 'usual', given: [preferred], family: patient.legalFamilyName }] : [official];
};

const telecom = (patient: PatientRecord): ContactPoint[] => {
  const points: ContactPoint[] = [
    { system: 'phone', use: 'mobile', value: patient.mobilePhone },
    { system: 'phone', use: 'home', value: patient.homePhone },
    { system: 'phone', use: 'work', value: patient.workPhone },
    { system: 'email', use: 'home', value: patient.email },
  ];
  return points.filter((point) => point.value !== '');
};

const address = (patient: PatientRecord): Address[] => {
  const { line1, line2, city, state, postalCode, country } = patient.address;
  if ([line1, line2, city, state, postalCode, country].every((part) => part === '')) return [];
  return [
    {
      use: 'home',
      line: [line1, line2].filter((line) => line !== ''),
      city: present(city),
      state: present(state),
      postalCode: present(postalCode),
      country: present(country),
    },
  ];
};

const identityExtensions = (patient: PatientRecord): Extension[] => [
  ...(patient.genderIdentity
    ? [{ url: systems.genderIdentity, valueCodeableConcept: { text: patient.genderIdentity } }]
    : []),
  ...(patient.pronouns ? [{ url: systems.pronouns, valueCodeableConcept: { text: patient.pronouns } }] : []),
];

export const patientEntry = (rows: ChartRows, context: MappingContext): ExportEntry => {
  const patient = rows.patient;
  const emergency = patient.emergencyContact;
  const resource: Patient = {
    resourceType: 'Patient',
    meta: lastUpdated(patient.updatedAt),
    identifier: [
      {
        use: 'usual',
        type: { coding: [{ system: systems.identifierType, code: 'MR', display: 'Medical record number' }] },
        system: systems.mrn,
        value: patient.mrn,
      },
    ],
    active: true,
    name: names(patient),
    telecom: listOrNone(telecom(patient)),
    gender: genders[patient.sex],
    birthDate: patient.birthDate,
    address: listOrNone(address(patient)),
    ...(identityExtensions(patient).length > 0 ? { extension: identityExtensions(patient) } : {}),
    ...(patient.preferredLanguage
      ? { communication: [{ language: { text: patient.preferredLanguage }, preferred: true }] }
      : {}),
    ...(emergency.name || emergency.phone
      ? {
          contact: [
            {
              relationship: [
                {
                  coding: [{ system: systems.contactRole, code: 'C', display: 'Emergency Contact' }],
                  ...(emergency.relationship ? { text: emergency.relationship } : {}),
                },
              ],
              ...(emergency.name ? { name: { text: emergency.name } } : {}),
              ...(emergency.phone ? { telecom: [{ system: 'phone', value: emergency.phone }] } : {}),
            },
          ],
        }
      : {}),
  };
  return entryOf(context, 'patient', patient.id, resource);
};

/** The primary insurance policy as a Coverage: payer, member id, group and plan, and who subscribes. */
export const coverageEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] => {
  const insurance = rows.patient.insurance;
  if (!insurance) return [];
  const relationship = insurance.subscriberRelationship;
  const resource: Coverage = {
    resourceType: 'Coverage',
    status: 'active',
    subscriberId: insurance.memberId,
    beneficiary: context.patient,
    ...(relationship === 'self'
      ? { subscriber: context.patient }
      : present(insurance.subscriberName)
        ? { subscriber: { display: insurance.subscriberName } }
        : {}),
    relationship: { coding: [{ system: systems.subscriberRelationship, code: relationship }] },
    payor: [{ display: insurance.payerName }],
    order: 1,
    class: listOrNone([
      ...(insurance.groupNumber
        ? [{ type: { coding: [{ system: systems.coverageClass, code: 'group' }] }, value: insurance.groupNumber }]
        : []),
      ...(insurance.planName
        ? [
            {
              type: { coding: [{ system: systems.coverageClass, code: 'plan' }] },
              value: insurance.planName,
              name: insurance.planName,
            },
          ]
        : []),
    ]),
  };
  return [entryOf(context, 'coverage', rows.patient.id, resource)];
};
