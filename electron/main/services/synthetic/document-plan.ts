import type { DocumentCategory } from '../../../contract/documents';
import { addDays, addMinutes } from '../scheduling/zoned-time';
import type { PlannedDocument } from './chart-plan';
import type { PatientProfile } from './patient-profile';
import { textPdf } from './pdf';
import type { Random } from './random';
import type { Visit } from './visit-plan';

/**
 * Scanned and outside documents for some charts (outside records, imaging reports, letters, consent
 * forms, insurance cards), each a small one-page PDF made in memory and dated around a visit.
 */

/** Lines any outside document carries around its own content. */
const documentBoilerplate = [
  'History reviewed with the patient at the visit; medication list reconciled.',
  'Allergies confirmed as listed in the enclosed record.',
  'Vital signs were stable throughout the encounter.',
  'The patient was given written instructions and verbalized understanding.',
  'Questions about this report may be directed to the sending office during business hours.',
  'Copies of prior studies are available on request.',
  'Follow-up with the primary care physician is recommended as scheduled.',
  'This summary was prepared from the electronic record and reviewed before release.',
  'Pages enclosed: 1. Please file with the patient record.',
  'Thank you for allowing us to participate in the care of this patient.',
  'Current medications and doses are listed as reported by the patient and the dispensing pharmacy.',
  'No new allergies or adverse reactions were reported during this period of care.',
];

const documentKinds: readonly (readonly [DocumentCategory, string, readonly string[]])[] = [
  [
    'outside-records',
    'Records from Springfield Cardiology',
    ['Consultation note', 'Echocardiogram: normal ejection fraction.'],
  ],
  [
    'imaging-report',
    'Chest X-ray report',
    ['Two views of the chest.', 'Impression: no acute cardiopulmonary process.'],
  ],
  ['lab-report', 'Outside lab report', ['Results from a hospital admission.', 'See attached values.']],
  ['letter', 'Letter from physical therapy', ['Completed 8 sessions.', 'Discharged to a home exercise program.']],
  ['consent-form', 'Consent to treat', ['The patient consents to examination and treatment.', 'Signed in the office.']],
  ['insurance-card', 'Insurance card, front and back', ['Member card copy.']],
  [
    'scanned-chart',
    'Scanned paper chart',
    ['Paper chart from the previous practice.', 'Visit notes and immunization record.'],
  ],
];

export const planDocuments = (
  random: Random,
  profile: PatientProfile,
  visits: readonly Visit[],
  starts: readonly string[],
  physicians: readonly { fullName: string }[],
): PlannedDocument[] => {
  const count =
    profile.role === 'heavy' ? 3 : profile.role === 'typical' ? 0 : random.chance(0.12) ? random.int(1, 2) : 0;
  if (visits.length === 0) return [];
  const name = `${profile.fields.legalGivenName} ${profile.fields.legalFamilyName}`;
  return random.sample(documentKinds, count).map(([category, title, lines]) => {
    const index = random.int(0, visits.length - 1);
    const visit = visits[index]!;
    const documentDate = addDays(visit.date, -random.int(0, 60));
    const created = {
      at: addMinutes(starts[index]!, 40 + random.int(0, 120)),
      by: { role: 'frontDesk', index: 0 } as const,
    };
    const physician = physicians[visit.physician]!.fullName;
    const content = textPdf(title, [
      `Patient: ${name}`,
      `Date of birth: ${profile.birthDate}`,
      `Date: ${documentDate}`,
      `To: ${physician}, Riverside Family Practice`,
      '',
      ...lines,
      '',
      ...random.sample(documentBoilerplate, 8),
      '',
      `Electronically signed on ${documentDate}.`,
      '',
      `Received by ${physician}'s office and scanned into the chart.`,
      'CONFIDENTIAL: this document contains protected health information. If you received it in',
      'error, notify the sender and destroy all copies.',
    ]);
    return {
      title,
      category,
      documentDate,
      comment: '',
      fileName: `${category}-${documentDate}.pdf`,
      content,
      created,
    };
  });
};
