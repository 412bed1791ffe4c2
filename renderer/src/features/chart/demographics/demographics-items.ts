import { addressLines, legalFullName, type PatientDto, sexLabels } from '../../../../../electron/contract';
import { formatDate } from '../../patients';
import type { DemographicsItem } from './DemographicsSection';

const relationshipLabels = { self: 'Self', spouse: 'Spouse', child: 'Child', other: 'Other' } as const;

/** The read view's groups and lines, in the order the front desk checks them with the patient. */
export const demographicsGroups = (patient: PatientDto): { title: string; items: DemographicsItem[] }[] => {
  const { address, emergencyContact, insurance } = patient;
  return [
    {
      title: 'Identity',
      items: [
        {
          label: 'Legal name',
          value: legalFullName(patient),
        },
        { label: 'Preferred name', value: patient.preferredName },
        { label: 'Date of birth', value: formatDate(patient.birthDate) },
        { label: 'Sex', value: sexLabels[patient.sex] },
        { label: 'Gender identity', value: patient.genderIdentity },
        { label: 'Pronouns', value: patient.pronouns },
      ],
    },
    {
      title: 'Contact',
      items: [
        { label: 'Mobile phone', value: patient.mobilePhone },
        { label: 'Home phone', value: patient.homePhone },
        { label: 'Work phone', value: patient.workPhone },
        { label: 'Email', value: patient.email },
        { label: 'Preferred language', value: patient.preferredLanguage },
      ],
    },
    {
      title: 'Address',
      items: [
        {
          label: 'Address',
          value: addressLines(address).join('\n'),
        },
      ],
    },
    {
      title: 'Emergency contact',
      items: [
        { label: 'Name', value: emergencyContact.name },
        { label: 'Relationship', value: emergencyContact.relationship },
        { label: 'Phone', value: emergencyContact.phone },
      ],
    },
    {
      title: 'Primary insurance',
      items: insurance
        ? [
            { label: 'Insurance company', value: insurance.payerName },
            { label: 'Plan', value: insurance.planName },
            { label: 'Member ID', value: insurance.memberId },
            { label: 'Group number', value: insurance.groupNumber },
            { label: 'Relationship to subscriber', value: relationshipLabels[insurance.subscriberRelationship] },
            // When the patient holds the policy, blank subscriber details say nothing new.
            ...[
              { label: 'Subscriber name', value: insurance.subscriberName },
              {
                label: 'Subscriber DOB',
                value: insurance.subscriberBirthDate && formatDate(insurance.subscriberBirthDate),
              },
            ].filter((item) => item.value || insurance.subscriberRelationship !== 'self'),
          ]
        : [{ label: 'Insurance', value: 'None on file (self-pay)' }],
    },
  ];
};
