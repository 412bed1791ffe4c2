import { addressLines, legalFullName, sexLabels } from '../../../../contract/patients';
import { ageInYears } from '../../../../contract/vitals';
import { usDate } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { brLines, capitalised, emptyState, fieldTable } from './parts';

/** The patient demographic sheet: identity, contact details, emergency contact and insurance. */
export const demographicsBody = (context: ReleaseContext): Html => {
  const patient = context.patient;
  const insurance = patient.insurance;
  const emergency = patient.emergencyContact;
  return html`<h1>Patient demographic sheet</h1>
<h2>Patient</h2>
${fieldTable([
  ['Legal name', legalFullName(patient)],
  ['Preferred name', patient.preferredName],
  ['Date of birth', `${usDate(patient.birthDate)} (age ${ageInYears(patient.birthDate, context.now)})`],
  ['Sex', sexLabels[patient.sex]],
  ['Gender identity', patient.genderIdentity],
  ['Pronouns', patient.pronouns],
  ['Medical record number (MRN)', patient.mrn],
  ['Preferred language', patient.preferredLanguage],
])}
<h2>Contact</h2>
${fieldTable([
  ['Address', addressLines(patient.address).length > 0 && brLines(addressLines(patient.address))],
  ['Mobile phone', patient.mobilePhone],
  ['Home phone', patient.homePhone],
  ['Work phone', patient.workPhone],
  ['Email', patient.email],
])}
<h2>Emergency contact</h2>
${
  emergency.name === '' && emergency.phone === ''
    ? emptyState('No emergency contact recorded.')
    : fieldTable([
        ['Name', emergency.name],
        ['Relationship', emergency.relationship],
        ['Phone', emergency.phone],
      ])
}
<h2>Insurance (primary)</h2>
${
  insurance === null
    ? emptyState('No insurance on file (self-pay).')
    : fieldTable([
        ['Payer', insurance.payerName],
        ['Plan', insurance.planName],
        ['Member ID', insurance.memberId],
        ['Group number', insurance.groupNumber],
        ['Subscriber', insurance.subscriberName],
        ['Subscriber relationship to patient', capitalised(insurance.subscriberRelationship)],
        ['Subscriber date of birth', insurance.subscriberBirthDate && usDate(insurance.subscriberBirthDate)],
      ])
}`;
};
