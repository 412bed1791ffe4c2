import type { FhirImportPreviewDto, InputOf, MatchReason } from '../../../../../electron/contract';

export type BundlePatient = FhirImportPreviewDto['patients'][number];
export type ImportDecision = InputOf<'exchange.importFhir'>['decisions'][number];

/** The manager's choice for one patient, as a radio value: "create", "skip" or "merge:<patientId>". */
export type Choice = string;
export const createChoice: Choice = 'create';
export const skipChoice: Choice = 'skip';
export const mergeChoice = (patientId: number): Choice => `merge:${patientId}`;

/** Matches this strong are likely the same person: the manager must decide rather than accept a default. */
const strongMatchReasons: readonly MatchReason[] = ['same-mrn', 'same-name-dob'];

/**
 * What is chosen before the manager looks: nothing when a chart already here is likely the same
 * person (adding a duplicate or merging into the wrong chart must be a decision), otherwise "add as new".
 */
export const initialChoice = (patient: BundlePatient): Choice | null =>
  patient.matches.some((match) => strongMatchReasons.includes(match.reason)) ? null : createChoice;

export const initialChoices = (patients: readonly BundlePatient[]): Record<string, Choice | null> =>
  Object.fromEntries(patients.map((patient) => [patient.reference, initialChoice(patient)]));

const toDecision = (reference: string, choice: Choice): ImportDecision | null => {
  if (choice === createChoice) return { reference, action: 'create' };
  if (choice === skipChoice) return { reference, action: 'skip' };
  const patientId = Number(choice.slice('merge:'.length));
  return choice.startsWith('merge:') && Number.isInteger(patientId) && patientId > 0
    ? { reference, action: 'merge', patientId }
    : null;
};

export type DecisionsOutcome = { ready: true; decisions: ImportDecision[] } | { ready: false; reason: string };

/** The decisions to send, or what is still missing, in the words shown under the Import button. */
export const decisionsFor = (
  patients: readonly BundlePatient[],
  choices: Readonly<Record<string, Choice | null>>,
): DecisionsOutcome => {
  if (patients.length === 0) return { ready: false, reason: 'The file holds no patient to import.' };
  const decisions: ImportDecision[] = [];
  const undecided: string[] = [];
  for (const patient of patients) {
    const choice = choices[patient.reference];
    const decision = choice ? toDecision(patient.reference, choice) : null;
    if (decision) decisions.push(decision);
    else undecided.push(patient.name || patient.reference);
  }
  if (undecided.length > 0)
    return { ready: false, reason: `Choose what to do with ${undecided.join(', ')} before importing.` };
  if (decisions.every((decision) => decision.action === 'skip'))
    return { ready: false, reason: 'Every patient is set to Skip: there is nothing to import.' };
  return { ready: true, decisions };
};

/** "3 Condition · 2 Observation", in a steady order, for one patient's chart entries. */
export const resourceCountsText = (counts: Readonly<Record<string, number>>): string => {
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  return entries.length === 0
    ? 'Demographics only'
    : entries.map(([type, n]) => `${n.toLocaleString('en-US')} ${type}`).join(' · ');
};
