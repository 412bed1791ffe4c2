import { type ChartStore, repositories, withTransaction } from '../../../../../db';
import { ChartroomError } from '../../../../contract/errors';
import { recordAudit } from '../../audit';
import type { AllergyService } from '../../chart/allergies';
import type { DocumentService } from '../../chart/documents';
import type { EncounterService } from '../../chart/encounters';
import type { ImmunizationService } from '../../chart/immunizations';
import { DuplicateItemError } from '../../chart/item-service';
import type { LabService } from '../../chart/labs';
import type { MedicationService } from '../../chart/medications';
import type { NoteService } from '../../chart/notes';
import type { ProblemService } from '../../chart/problems';
import type { VitalsService } from '../../chart/vitals';
import type { Actor } from '../../context';
import { insertNewPatient } from '../../patients/service';
import { plural } from '../../print/formats';
import type { JobProgress } from '../jobs';
import type { BundleEntry } from './bundle';
import { identifierList } from './patient';
import type { ImportPlan, PatientPlan } from './plan';
import { nameOf } from './values';

export interface ChartServices {
  problems: ProblemService;
  medications: MedicationService;
  allergies: AllergyService;
  immunizations: ImmunizationService;
  vitals: VitalsService;
  labs: LabService;
  encounters: EncounterService;
  documents: DocumentService;
  notes: NoteService;
}

export type Decision =
  | { reference: string; action: 'create' }
  | { reference: string; action: 'merge'; patientId: number }
  | { reference: string; action: 'skip' };

const counted = [
  'problems',
  'medications',
  'allergies',
  'immunizations',
  'vitals',
  'labs',
  'encounters',
  'notes',
  'documents',
] as const;
type Counts = Record<(typeof counted)[number] | 'alreadyOnChart', number>;
const nouns: Record<keyof Counts, string> = {
  problems: 'problems',
  medications: 'medications',
  allergies: 'allergies',
  immunizations: 'immunizations',
  vitals: 'vitals sets',
  labs: 'lab panels',
  encounters: 'encounters',
  notes: 'notes',
  documents: 'documents',
  alreadyOnChart: 'already on the chart',
};

/** Every bundle patient needs a decision, and only bundle patients may have one. */
export const checkDecisions = (plan: ImportPlan, decisions: readonly Decision[]): Map<string, Decision> => {
  const byReference = new Map(decisions.map((decision) => [decision.reference, decision]));
  const known = new Set(plan.patients.map((patient) => patient.entry.fullUrl));
  const stray = decisions.find((decision) => !known.has(decision.reference));
  if (stray)
    throw new ChartroomError('BAD_REQUEST', `${stray.reference} is not a patient in this file. Review the file again.`);
  const undecided = plan.patients.find((patient) => !byReference.has(patient.entry.fullUrl));
  if (undecided)
    throw new ChartroomError(
      'BAD_REQUEST',
      `Decide for ${undecided.name}: add as new, add to the matching chart, or skip.`,
    );
  return byReference;
};

/**
 * Writes the plan in ONE transaction through the chart services' own add operations (their rules,
 * version rows and audit rows), so a failure anywhere, including a rule only the store can check,
 * leaves nothing behind. An item the chart already holds (the same active problem, vitals at the same
 * time) is counted and passed over: the services refuse it as a duplicate inside its own savepoint.
 */
export const writePlan = (
  store: ChartStore,
  actor: Actor,
  services: ChartServices,
  plan: ImportPlan,
  decisions: Map<string, Decision>,
  source: { fileName: string; importedOn: Date },
  progress: JobProgress,
): string => {
  const { fileName } = source;
  const counts: Counts = Object.fromEntries([...counted, 'alreadyOnChart'].map((key) => [key, 0])) as Counts;
  const outcome = { created: 0, merged: 0, skipped: 0 };
  progress.phase('Saving charts', plan.patients.length);
  withTransaction(store, () => {
    plan.patients.forEach((patientPlan, index) => {
      const decision = decisions.get(patientPlan.entry.fullUrl);
      if (!decision || decision.action === 'skip') outcome.skipped++;
      else {
        const patientId =
          decision.action === 'create' ? createChart(store, actor, patientPlan, fileName) : decision.patientId;
        if (decision.action === 'merge' && !repositories.patients.getPatient(store.db, patientId))
          throw new ChartroomError(
            'NOT_FOUND',
            `The chart chosen for ${patientPlan.name} no longer exists. Review the file again.`,
          );
        outcome[decision.action === 'create' ? 'created' : 'merged']++;
        writeChartItems(actor, services, patientPlan, patientId, source, counts);
      }
      progress.advance(index + 1);
    });
    recordAudit(store, {
      ...actor,
      action: 'import.fhir',
      entity: 'file',
      entityId: fileName,
      detail: [
        `created=${outcome.created}`,
        `merged=${outcome.merged}`,
        `skipped=${outcome.skipped}`,
        ...Object.entries(counts).map(([key, value]) => `${key}=${value}`),
      ].join('; '),
    });
  });
  return describe(outcome, counts, plan.ignored);
};

const createChart = (store: ChartStore, actor: Actor, plan: PatientPlan, fileName: string): number => {
  const identifiers = identifierList(plan.patient);
  const note = `Imported from ${fileName}${identifiers.length > 0 ? `; identifiers there: ${identifiers.join(', ')}` : ''}`;
  return insertNewPatient(store, actor, plan.demographics, note.slice(0, 1000)).id;
};

/** Runs one add; a duplicate is counted, any other refusal stops the import naming the resource. */
const addOne = (entry: BundleEntry, counts: Counts, add: () => unknown): boolean => {
  try {
    add();
    return true;
  } catch (error) {
    if (error instanceof DuplicateItemError) {
      counts.alreadyOnChart++;
      return false;
    }
    if (error instanceof ChartroomError)
      throw new ChartroomError(
        'BAD_REQUEST',
        `${nameOf(entry)} cannot be imported: ${error.message} Nothing was imported.`,
      );
    throw error;
  }
};

const writeChartItems = (
  actor: Actor,
  services: ChartServices,
  plan: PatientPlan,
  patientId: number,
  source: { fileName: string; importedOn: Date },
  counts: Counts,
): void => {
  const each = <T>(key: keyof Counts, items: { entry: BundleEntry; fields: T }[], add: (fields: T) => unknown) => {
    for (const item of items) if (addOne(item.entry, counts, () => add(item.fields))) counts[key]++;
  };
  each('problems', plan.problems, (fields) => services.problems.add(actor, patientId, fields));
  each('medications', plan.medications, (fields) => services.medications.add(actor, patientId, fields));
  each('allergies', plan.allergies, (fields) => services.allergies.add(actor, patientId, fields));
  if (plan.noKnownAllergies) {
    // The chart's own active allergies outrank the sender's "no known allergies": its list is already there.
    if (services.allergies.list(patientId).active.length > 0) counts.alreadyOnChart++;
    else services.allergies.markNoKnown(actor, patientId);
  }
  each('immunizations', plan.immunizations, (fields) => services.immunizations.add(actor, patientId, fields));
  each('vitals', plan.vitals, (fields) => services.vitals.add(actor, patientId, fields));
  for (const panel of plan.labs) {
    const added = addOne(panel.entry, counts, () =>
      services.labs.addPanel(
        actor,
        patientId,
        {
          name: panel.fields.name,
          collectedAt: panel.fields.collectedAt,
          orderingProvider: panel.fields.orderingProvider,
          performingLab: panel.fields.performingLab,
          comment: panel.fields.comment,
          source: 'manual',
          messageControlId: '',
          accession: panel.accession,
        },
        panel.results,
      ),
    );
    if (added) counts.labs++;
  }
  const encounterIds = new Map<string, number>();
  for (const encounter of plan.encounters) {
    addOne(encounter.entry, counts, () =>
      encounterIds.set(encounter.entry.fullUrl, services.encounters.add(actor, patientId, encounter.fields).id),
    );
  }
  counts.encounters += encounterIds.size;
  for (const note of plan.notes) {
    const encounterId = encounterIds.get(note.encounterAddress);
    if (encounterId === undefined) continue;
    // Written and signed elsewhere: stored signed under the importing user, never opened here as a draft.
    services.notes.importSigned(actor, {
      patientId,
      encounterId,
      title: note.title,
      sections: [{ title: 'Imported note', text: importedNoteText(source, actor, note.text) }],
    });
    counts.notes++;
  }
  for (const document of plan.documents) {
    const added = addOne(document.entry, counts, () =>
      services.documents.import(actor, { patientId, item: document.fields, file: document.file }),
    );
    if (added) counts.documents++;
  }
};

const importedNoteText = (
  { fileName, importedOn }: { fileName: string; importedOn: Date },
  actor: Actor,
  text: string,
): string =>
  `Imported from ${fileName} by ${actor.username} on ${importedOn.toISOString().slice(0, 10)}. The text below is as the sending system wrote it; its author and signature are named in it.\n\n${text}`;

const describe = (
  outcome: { created: number; merged: number; skipped: number },
  counts: Counts,
  ignored: Record<string, number>,
): string => {
  const patients = [
    plural(outcome.created, 'new chart'),
    `${outcome.merged} added to existing charts`,
    ...(outcome.skipped > 0 ? [`${plural(outcome.skipped, 'patient')} skipped`] : []),
  ].join(', ');
  const items = (Object.keys(nouns) as (keyof Counts)[])
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${nouns[key]}`)
    .join(', ');
  const left = Object.entries(ignored)
    .map(([what, count]) => `${what} ×${count}`)
    .join(', ');
  return `${patients}. Imported: ${items || 'no chart entries'}.${left ? ` Not imported: ${left}.` : ''}`;
};
