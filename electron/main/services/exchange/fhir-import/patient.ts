import type { Coverage, HumanName, Patient } from '@medplum/fhirtypes';
import {
  type PatientFields,
  patientInputSchema,
  type sexes,
  subscriberRelationships,
} from '../../../../contract/patients';
import { systems } from '../fhir/systems';
import type { BundleEntry } from './bundle';
import { conceptText, validated } from './values';

const sexOf: Record<string, (typeof sexes)[number]> = {
  female: 'female',
  male: 'male',
  // Chartroom's export writes intersex as "other", FHIR's nearest administrative gender.
  other: 'intersex',
  unknown: 'unknown',
};

const officialName = (patient: Patient): HumanName | undefined =>
  patient.name?.find((name) => name.use === 'official') ??
  patient.name?.find((name) => name.use !== 'old' && name.use !== 'maiden' && name.use !== 'nickname') ??
  patient.name?.[0];

/** "Rivera, Ana" for the preview. */
export const displayName = (patient: Patient): string => {
  const name = officialName(patient);
  const given = name?.given?.join(' ') ?? '';
  return [name?.family ?? '', given].filter(Boolean).join(', ') || name?.text || 'No name';
};

/** "100234 (urn:chartroom:mrn)": each identifier the sender gave, so staff can see which one matched. */
export const identifierList = (patient: Patient): string[] =>
  (patient.identifier ?? [])
    .filter((identifier) => identifier.value)
    .map((identifier) => `${identifier.value} (${identifier.system ?? conceptText(identifier.type) ?? 'no system'})`);

/** The Chartroom MRN the patient had in the exporting practice, when the file is a Chartroom export. */
export const chartroomMrn = (patient: Patient): string | undefined =>
  patient.identifier?.find((identifier) => identifier.system === systems.mrn)?.value;

const phone = (patient: Patient, use: string) =>
  patient.telecom?.find((point) => point.system === 'phone' && point.use === use)?.value ?? '';

/**
 * Patient (and its primary Coverage) → registration fields, checked by the registration schema, so an
 * imported chart meets the same rules as one registered at the front desk. Synthea's names carry digits
 * ("Ana761"); they are kept as sent and staff correct them in demographics, with history.
 */
export const demographicsFrom = (
  entry: BundleEntry,
  patient: Patient,
  coverage: Coverage | undefined,
): PatientFields => {
  const name = officialName(patient);
  const [given = '', ...middle] = name?.given ?? [];
  const preferred = patient.name?.find((other) => other.use === 'usual' && other !== name)?.given?.[0] ?? '';
  const address = patient.address?.find((candidate) => candidate.use === 'home') ?? patient.address?.[0];
  const extension = (url: string) =>
    conceptText(patient.extension?.find((ext) => ext.url === url)?.valueCodeableConcept);
  const emergency = patient.contact?.[0];
  const relationship = coverage?.relationship?.coding?.[0]?.code ?? 'self';
  return validated(
    patientInputSchema,
    {
      legalGivenName: given,
      legalMiddleName: middle.join(' '),
      legalFamilyName: name?.family ?? '',
      suffix: name?.suffix?.join(' ') ?? '',
      preferredName: preferred,
      birthDate: patient.birthDate ?? '',
      sex: sexOf[patient.gender ?? 'unknown'] ?? 'unknown',
      genderIdentity: extension(systems.genderIdentity),
      pronouns: extension(systems.pronouns),
      address: {
        line1: address?.line?.[0] ?? '',
        line2: address?.line?.slice(1).join(', ') ?? '',
        city: address?.city ?? '',
        state: address?.state ?? '',
        postalCode: address?.postalCode ?? '',
        country: address?.country ?? '',
      },
      mobilePhone: phone(patient, 'mobile'),
      homePhone: phone(patient, 'home'),
      workPhone: phone(patient, 'work'),
      email: patient.telecom?.find((point) => point.system === 'email')?.value ?? '',
      preferredLanguage: conceptText(patient.communication?.[0]?.language),
      emergencyContact: emergency
        ? {
            name:
              emergency.name?.text ??
              [emergency.name?.given?.join(' '), emergency.name?.family].filter(Boolean).join(' '),
            relationship: emergency.relationship?.[0]?.text ?? '',
            phone: emergency.telecom?.find((point) => point.system === 'phone')?.value ?? '',
          }
        : {},
      insurance: coverage
        ? {
            payerName: coverage.payor?.[0]?.display ?? '',
            planName:
              coverage.class?.find((item) => item.type?.coding?.some((coding) => coding.code === 'plan'))?.value ?? '',
            memberId: coverage.subscriberId ?? '',
            groupNumber:
              coverage.class?.find((item) => item.type?.coding?.some((coding) => coding.code === 'group'))?.value ?? '',
            // A self-subscribed policy names the patient as its subscriber (the export sends a reference to them).
            subscriberName:
              relationship === 'self' ? `${given} ${name?.family ?? ''}`.trim() : (coverage.subscriber?.display ?? ''),
            subscriberRelationship: (subscriberRelationships as readonly string[]).includes(relationship)
              ? (relationship as (typeof subscriberRelationships)[number])
              : 'other',
          }
        : null,
    },
    entry,
  );
};
