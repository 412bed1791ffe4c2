import type {
  AllergyIntolerance,
  Appointment,
  Condition,
  Coverage,
  DiagnosticReport,
  DocumentReference,
  Encounter,
  Immunization,
  Medication,
  MedicationStatement,
  Observation,
  Patient,
  Practitioner,
  Resource,
} from '@medplum/fhirtypes';
import type { AllergyFields } from '../../../../contract/allergies';
import type { EncounterFields } from '../../../../contract/encounters';
import type { ImmunizationFields } from '../../../../contract/immunizations';
import type { MedicationFields } from '../../../../contract/medications';
import type { PatientFields } from '../../../../contract/patients';
import type { ProblemFields } from '../../../../contract/problems';
import type { VitalsFields } from '../../../../contract/vitals';
import type { BundleEntry, ParsedBundle } from './bundle';
import {
  allergyFrom,
  immunizationFrom,
  isNoKnownAllergy,
  type Mapped,
  medicationFrom,
  observationCategories,
  problemFrom,
} from './chart-items';
import { type ImportedPanel, labPanelsFrom, vitalsFrom } from './observations';
import { demographicsFrom, displayName } from './patient';
import { conceptText } from './values';
import {
  documentReferenceFrom,
  encounterFrom,
  type ImportedDocument,
  type ImportedNote,
  type Physician,
} from './visits';

/** A chart item ready to add, with the resource it came from for messages. */
export interface Planned<T> {
  entry: BundleEntry;
  fields: T;
}

/** Everything one bundle patient brings, each item already checked by its chart form's schema. */
export interface PatientPlan {
  entry: BundleEntry;
  patient: Patient;
  name: string;
  demographics: PatientFields;
  resourceCounts: Record<string, number>;
  problems: Planned<ProblemFields>[];
  medications: Planned<MedicationFields>[];
  allergies: Planned<AllergyFields>[];
  noKnownAllergies: boolean;
  immunizations: Planned<ImmunizationFields>[];
  vitals: Planned<VitalsFields>[];
  labs: ImportedPanel[];
  encounters: Planned<EncounterFields>[];
  notes: ImportedNote[];
  documents: ImportedDocument[];
}

export interface ImportPlan {
  patients: PatientPlan[];
  /** What is left out, by resource type (and reason), with counts: nothing is skipped silently. */
  ignored: Record<string, number>;
}

export interface PlanContext {
  zone: string;
  today: string;
  physicians: readonly Physician[];
}

/** The patient a resource is about, by the reference each type uses for it. */
const subjectReference = (resource: Resource, isPatient: (reference: string) => boolean): string | undefined => {
  const record = resource as { subject?: { reference?: string }; patient?: { reference?: string } };
  if (resource.resourceType === 'Coverage') return (resource as Coverage).beneficiary?.reference;
  if (resource.resourceType === 'Appointment')
    return (resource as Appointment).participant
      ?.map((participant) => participant.actor?.reference ?? '')
      .find(isPatient);
  return record.subject?.reference ?? record.patient?.reference;
};

/**
 * Resources Chartroom reads only through others (a Medication named by a statement, a Practitioner
 * named as a performer, the organisations behind them): counted as ignored only when nothing used them.
 */
const supportingTypes = new Set(['Medication', 'Practitioner', 'PractitionerRole', 'Organization', 'Location']);

/**
 * Appointments are not imported: booking needs this practice's providers, rooms, appointment types and
 * hours, and a past appointment holds nothing clinical that its encounter does not. They are counted,
 * and staff book upcoming visits in the schedule.
 */
const notImported = (type: string) => `${type} (not imported)`;

export const planImport = (bundle: ParsedBundle, context: PlanContext): ImportPlan => {
  const ignored: Record<string, number> = {};
  const skip = (reason: string) => {
    ignored[reason] = (ignored[reason] ?? 0) + 1;
  };
  const patientEntries = bundle.entries.filter((entry) => entry.resource.resourceType === 'Patient');
  const byPatient = new Map<string, BundleEntry[]>(patientEntries.map((entry) => [entry.fullUrl, []]));
  const usedSupporting = new Set<string>();
  for (const entry of bundle.entries) {
    if (entry.resource.resourceType === 'Patient') continue;
    const subject = subjectReference(
      entry.resource,
      (reference) => bundle.resolve(reference)?.resource.resourceType === 'Patient',
    );
    const owner = subject ? bundle.resolve(subject) : undefined;
    const list = owner ? byPatient.get(owner.fullUrl) : undefined;
    if (list) list.push(entry);
    else if (!supportingTypes.has(entry.resource.resourceType))
      skip(`${entry.resource.resourceType} (not about a patient in the file)`);
  }
  const practitionerName = (reference: string) => {
    const practitioner = bundle.resolve(reference);
    if (practitioner?.resource.resourceType !== 'Practitioner') return '';
    usedSupporting.add(practitioner.fullUrl);
    const name = (practitioner.resource as Practitioner).name?.[0];
    return name?.text ?? [name?.prefix?.join(' '), name?.given?.join(' '), name?.family].filter(Boolean).join(' ');
  };
  const medicationName = (reference: string | undefined) => {
    const medication = reference ? bundle.resolve(reference) : undefined;
    if (medication?.resource.resourceType !== 'Medication') return '';
    usedSupporting.add(medication.fullUrl);
    return conceptText((medication.resource as Medication).code);
  };

  const patients = patientEntries.map((entry): PatientPlan => {
    const patient = entry.resource as Patient;
    const resources = byPatient.get(entry.fullUrl) ?? [];
    const resourceCounts: Record<string, number> = {};
    for (const resource of resources)
      resourceCounts[resource.resource.resourceType] = (resourceCounts[resource.resource.resourceType] ?? 0) + 1;
    const ofType = <T extends Resource>(type: T['resourceType']) =>
      resources
        .filter((item) => item.resource.resourceType === type)
        .map((item) => ({ entry: item, resource: item.resource as T }));
    const keep = <T>(item: BundleEntry, mapped: Mapped<T>, into: Planned<T>[]) => {
      if ('fields' in mapped) into.push({ entry: item, fields: mapped.fields });
      else skip(mapped.skipped);
    };

    const coverage = ofType<Coverage>('Coverage').find(({ resource }) => resource.status !== 'cancelled')?.resource;
    const plan: PatientPlan = {
      entry,
      patient,
      name: displayName(patient),
      demographics: demographicsFrom(entry, patient, coverage),
      resourceCounts,
      problems: [],
      medications: [],
      allergies: [],
      noKnownAllergies: false,
      immunizations: [],
      vitals: [],
      labs: [],
      encounters: [],
      notes: [],
      documents: [],
    };
    for (const { entry: item, resource } of ofType<Condition>('Condition'))
      keep(item, problemFrom(item, resource, context.zone), plan.problems);
    for (const { entry: item, resource } of ofType<MedicationStatement>('MedicationStatement'))
      keep(
        item,
        medicationFrom(item, resource, context.zone, medicationName(resource.medicationReference?.reference)),
        plan.medications,
      );
    for (const { entry: item, resource } of ofType<AllergyIntolerance>('AllergyIntolerance')) {
      if (isNoKnownAllergy(resource)) plan.noKnownAllergies = true;
      else keep(item, allergyFrom(item, resource), plan.allergies);
    }
    // A "no known allergies" statement beside recorded allergies contradicts them: the allergies win.
    if (plan.allergies.length > 0 && plan.noKnownAllergies) {
      plan.noKnownAllergies = false;
      skip('AllergyIntolerance (no known allergies, contradicted by recorded allergies)');
    }
    for (const { entry: item, resource } of ofType<Immunization>('Immunization'))
      keep(item, immunizationFrom(item, resource, context.zone), plan.immunizations);

    const observations = ofType<Observation>('Observation').filter(
      ({ resource }) => resource.status !== 'entered-in-error' && resource.status !== 'cancelled',
    );
    const vitalSigns: typeof observations = [];
    const laboratory: typeof observations = [];
    for (const observation of observations) {
      const categories = observationCategories(observation.resource);
      if (categories.includes('vital-signs')) vitalSigns.push(observation);
      if (categories.includes('laboratory')) laboratory.push(observation);
      if (!categories.includes('vital-signs') && !categories.includes('laboratory'))
        skip(`Observation (${categories[0] || 'no category'})`);
    }
    plan.vitals = vitalsFrom(
      vitalSigns.map(({ entry: item, resource }) => ({ entry: item, observation: resource })),
      skip,
    );

    const claimed = new Set<Observation>();
    const reports = ofType<DiagnosticReport>('DiagnosticReport').map(({ entry: item, resource }) => {
      const results = (resource.result ?? [])
        .map((reference) => (reference.reference ? bundle.resolve(reference.reference)?.resource : undefined))
        .filter((result): result is Observation => result?.resourceType === 'Observation');
      for (const result of results) claimed.add(result);
      return { entry: item, report: resource, results };
    });
    plan.labs = labPanelsFrom(
      reports,
      laboratory
        .filter(({ resource }) => !claimed.has(resource))
        .map(({ entry: item, resource }) => ({ entry: item, observation: resource })),
      context.zone,
      skip,
    );

    for (const { entry: item, resource } of ofType<Encounter>('Encounter')) {
      keep(item, encounterFrom(item, resource, context.zone, context.physicians, practitionerName), plan.encounters);
    }
    const imported = new Set(plan.encounters.map((encounter) => encounter.entry.fullUrl));
    for (const { entry: item, resource } of ofType<DocumentReference>('DocumentReference')) {
      const mapped = documentReferenceFrom(
        item,
        resource,
        (address) => {
          const encounter = bundle.resolve(address);
          return encounter && imported.has(encounter.fullUrl) ? encounter : undefined;
        },
        context.today,
      );
      if ('note' in mapped) plan.notes.push(mapped.note);
      else if ('document' in mapped) plan.documents.push(mapped.document);
      else skip(mapped.skipped);
    }
    const handled = new Set([
      'Coverage',
      'Condition',
      'MedicationStatement',
      'AllergyIntolerance',
      'Immunization',
      'Observation',
      'DiagnosticReport',
      'Encounter',
      'DocumentReference',
    ]);
    for (const resource of resources)
      if (!handled.has(resource.resource.resourceType) && !supportingTypes.has(resource.resource.resourceType))
        skip(notImported(resource.resource.resourceType));
    return plan;
  });

  for (const entry of bundle.entries)
    if (supportingTypes.has(entry.resource.resourceType) && !usedSupporting.has(entry.fullUrl))
      skip(notImported(entry.resource.resourceType));
  return { patients, ignored };
};
