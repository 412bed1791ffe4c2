import { type ChartStore, foldForSearch, repositories } from '../../../../../db';
import { type FhirImportPreviewDto, type MatchReason, matchReasons } from '../../../../contract/exchange';
import { chartroomMrn } from './patient';
import type { PatientPlan } from './plan';

type Match = FhirImportPreviewDto['patients'][number]['matches'][number];
type Summary = repositories.patients.PatientSummaryRow;

const matchOf = (patient: Summary, reason: MatchReason): Match => ({
  patientId: patient.id,
  mrn: patient.mrn,
  name: `${patient.legalFamilyName}, ${patient.legalGivenName}`,
  birthDate: patient.birthDate,
  reason,
});

/**
 * Who a bundle patient may already be, strongest reason first: the same Chartroom MRN with the same
 * date of birth (a chart exported from here, or from a practice that shares our numbering, coming back),
 * then the same name and date of birth, then the same date of birth and a similar name, the search
 * registration's duplicate warning uses (patients.checkDuplicates).
 */
export const matchesFor = (store: ChartStore, plan: PatientPlan): Match[] => {
  const { legalFamilyName, legalGivenName, birthDate } = plan.demographics;
  const found = new Map<number, Match>();
  const mrn = chartroomMrn(plan.patient);
  if (mrn && /^\d+$/.test(mrn)) {
    const byMrn = repositories.patients.searchPatients(store.db, {
      nameTokens: [],
      digitTokens: [mrn],
      birthDate,
      limit: 5,
    });
    for (const patient of byMrn.filter((candidate) => candidate.mrn === mrn))
      found.set(patient.id, matchOf(patient, 'same-mrn'));
  }
  const similar = repositories.patients.findPossibleDuplicates(store.db, birthDate, legalFamilyName, legalGivenName);
  for (const patient of similar) {
    if (found.has(patient.id)) continue;
    const sameName =
      foldForSearch(patient.legalFamilyName) === foldForSearch(legalFamilyName) &&
      foldForSearch(patient.legalGivenName) === foldForSearch(legalGivenName);
    found.set(patient.id, matchOf(patient, sameName ? 'same-name-dob' : 'similar-name'));
  }
  return [...found.values()].sort((a, b) => matchReasons.indexOf(a.reason) - matchReasons.indexOf(b.reason));
};
