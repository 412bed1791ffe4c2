import type { AllergyFields } from '../../../contract/allergies';
import type { DocumentCategory } from '../../../contract/documents';
import type { ImmunizationFields } from '../../../contract/immunizations';
import type { MedicationFields } from '../../../contract/medications';
import type { NoteSection } from '../../../contract/notes';
import type { ProblemFields } from '../../../contract/problems';
import { bmi, type VitalsFields, vitalsColumns } from '../../../contract/vitals';
import { describeAllergies, describeMedications, describeProblems } from '../chart/smart-inserts';
import { addDays, addMinutes, daysBetween, timeOfMinutes } from '../scheduling/zoned-time';
import { penicillinAllergies } from './catalog/allergies';
import { acuteConditions, type ChronicSpec } from './catalog/conditions';
import { type DrugKey, type DrugSpec, drugs, penicillins } from './catalog/drugs';
import { type LabPanelKey, labPanels, performingLabs } from './catalog/labs';
import { ageInYearsOn, ageOn, type PracticeClock } from './clock';
import { planDocuments } from './document-plan';
import { noteSections } from './note-text';
import { chartShapes, type PatientProfile } from './patient-profile';
import type { Random } from './random';
import type { Visit } from './visit-plan';
import { vitalsBaseline, vitalsReading } from './vitals';

/**
 * A patient's chart as staff would have built it visit by visit: problems added when diagnosed and
 * resolved later, medicines started, switched and finished, vitals and labs at the visits, allergies
 * taken at the first visit, a signed note for every encounter, and the odd scanned document. Pure
 * data with the time and author of every change; chart-writer.ts stores it.
 */
export type StaffRef = { role: 'physician' | 'nurse' | 'frontDesk'; index: number };
export interface Change {
  at: string;
  by: StaffRef;
}
export interface Retirement extends Change {
  reason: string;
}

export type MedicationColumns = Required<Omit<MedicationFields, 'doseAmount'>> & { doseAmount: number | null };

export interface PlannedProblem {
  columns: Required<ProblemFields>;
  created: Change;
  resolved: Change | null;
  retired: Retirement | null;
}
export interface PlannedMedication {
  columns: MedicationColumns;
  created: Change;
  stopped: (Change & { status: 'stopped' | 'completed'; stopDate: string; comment: string }) | null;
  retired: Retirement | null;
  /** A course for an acute illness or a replacement for another drug: the first to go when a shape is trimmed. */
  optional: boolean;
}
export interface PlannedVitals {
  fields: VitalsFields;
  /** When taken, on the practice's clock ("2026-03-02 09:10"), as the vitals smart insert shows it. */
  takenLocal: string;
  created: Change;
  retired: Retirement | null;
}
export interface PlannedLab {
  name: string;
  collectedAt: string;
  orderingProvider: string;
  performingLab: string;
  results: { analyte: string; value: string; unit: string; referenceRange: string }[];
  created: Change;
}
export interface PlannedEncounter {
  visit: Visit;
  created: Change;
  note: { sections: NoteSection[]; createdAt: string; signedAt: string };
}
export interface PlannedDocument {
  title: string;
  category: DocumentCategory;
  documentDate: string;
  comment: string;
  fileName: string;
  content: Buffer;
  created: Change;
}
export interface PlannedImmunization {
  columns: Required<ImmunizationFields>;
  /** CDC's short name for the code, stored beside it as the immunization service stores it. */
  vaccineName: string;
  created: Change;
}

export interface ChartPlan {
  encounters: PlannedEncounter[];
  problems: PlannedProblem[];
  medications: PlannedMedication[];
  allergies: { fields: AllergyFields; created: Change }[];
  noKnownAllergies: Change | null;
  vitals: PlannedVitals[];
  labs: PlannedLab[];
  documents: PlannedDocument[];
}

export interface ChartPlanContext {
  anchorDate: string;
  clock: PracticeClock;
  physicians: readonly { fullName: string }[];
  nurses: readonly { fullName: string }[];
  template: readonly NoteSection[];
}

const activeAt = (item: { created: Change; stopped?: Change | null; resolved?: Change | null }, at: string) =>
  item.created.at <= at && !((item.stopped ?? item.resolved) && (item.stopped ?? item.resolved)!.at <= at);

const groupOf = new Map(Object.values(drugs).map((drug: DrugSpec) => [drug.rxcui, drug.group]));

const stopReasons = [
  'Side effects',
  'Not effective at this dose',
  'Switched to another medicine',
  'Patient preference',
];

export const planChart = (
  random: Random,
  profile: PatientProfile,
  visits: readonly Visit[],
  context: ChartPlanContext,
): ChartPlan => {
  const { clock, anchorDate } = context;
  const shape = profile.role === 'regular' ? null : chartShapes[profile.role];
  const anchorInstant = clock.instant(anchorDate, 0);
  const nurse = (): StaffRef => ({ role: 'nurse', index: random.int(0, context.nurses.length - 1) });
  const plan: ChartPlan = {
    encounters: [],
    problems: [],
    medications: [],
    allergies: [],
    noKnownAllergies: null,
    vitals: [],
    labs: [],
    documents: [],
  };
  const allergic = (substances: ReadonlySet<string>) =>
    profile.allergies.list.some((allergy) => substances.has(allergy.substance));
  const noPenicillin = allergic(penicillinAllergies);
  const starts = visits.map((visit) => clock.instant(visit.date, visit.minute));
  const diagnosed = new Set<ChronicSpec>();
  const linesOf = new Map<ChronicSpec, { line: readonly DrugKey[]; medication: PlannedMedication }[]>();

  const prescribe = (key: DrugKey, at: string, visit: Visit, optional: boolean): PlannedMedication | null => {
    const drug: DrugSpec = drugs[key];
    // Never two current entries of one drug, nor two of one kind (two statins, two blood thinners).
    const sameKind = (m: PlannedMedication) =>
      m.columns.rxcui === drug.rxcui || (drug.group !== undefined && groupOf.get(m.columns.rxcui) === drug.group);
    if (plan.medications.some((m) => sameKind(m) && activeAt(m, at))) return null;
    if (allergic(new Set([drug.name]))) return null;
    const physician = context.physicians[visit.physician]!;
    const medication: PlannedMedication = {
      columns: {
        rxcui: drug.rxcui,
        name: drug.name,
        strength: random.pick(drug.strengths),
        doseAmount: drug.doseAmount,
        doseUnit: drug.doseUnit,
        route: drug.route,
        frequency: drug.frequency,
        sig: drug.sig,
        quantity: drug.quantity,
        startDate: visit.date,
        stopDate: drug.courseDays ? addDays(visit.date, drug.courseDays - 1) : '',
        prescriber: physician.fullName,
        status: 'active',
        comment: '',
      },
      created: { at, by: { role: 'physician', index: visit.physician } },
      stopped: null,
      retired: null,
      optional,
    };
    if (drug.courseDays) {
      const done = `${addDays(visit.date, drug.courseDays)}`;
      const doneAt = clock.instant(done, 9 * 60 + random.int(0, 90));
      if (doneAt < anchorInstant)
        medication.stopped = {
          at: doneAt,
          by: { role: 'physician', index: visit.physician },
          status: 'completed',
          stopDate: medication.columns.stopDate,
          comment: 'Course finished',
        };
    }
    plan.medications.push(medication);
    return medication;
  };

  const addProblem = (code: string, description: string, onset: string, at: string, visit: Visit, comment = '') => {
    plan.problems.push({
      columns: { code, description, onset, clinicalStatus: 'active', comment },
      created: { at, by: { role: 'physician', index: visit.physician } },
      resolved: null,
      retired: null,
    });
  };

  // Pass 1: what happened at each visit.
  const baseline = vitalsBaseline(
    random,
    profile.sex,
    profile.conditions.some((c) => c.spec.key === 'obesity'),
  );
  const weightSlope = random.normal(0.3, 0.5);
  const vitalsAt: { index: number; fields: VitalsFields; takenLocal: string }[] = [];
  const labsAt: { index: number; panels: LabPanelKey[] }[] = [];
  const lastPanel = new Map<LabPanelKey, string>();
  visits.forEach((visit, index) => {
    const start = starts[index]!;
    const inPerson = visit.type !== 'telephone';
    const age = ageInYearsOn(profile.birthDate, visit.date);
    // What the physician enters at the visit, one entry a minute from twenty minutes in.
    let entryMinute = 20;
    const nextEntry = () => addMinutes(start, entryMinute++);
    if (index === 0) {
      if (profile.allergies.state === 'recorded')
        for (const fields of profile.allergies.list)
          plan.allergies.push({ fields, created: { at: addMinutes(start, 6), by: nurse() } });
      if (profile.allergies.state === 'no-known-allergies')
        plan.noKnownAllergies = { at: addMinutes(start, 6), by: nurse() };
    }
    // Conditions found by this visit go on the list, with their first treatment.
    for (const { spec, onset } of profile.conditions) {
      if (diagnosed.has(spec) || (onset > visit.date && shape === null) || !inPerson) continue;
      diagnosed.add(spec);
      const before = onset < profile.joinDate || shape !== null;
      addProblem(
        spec.code,
        spec.description,
        before ? (random.chance(0.7) && onset <= visit.date ? onset : '') : visit.date,
        nextEntry(),
        visit,
        before && random.chance(0.15) ? 'Diagnosed before joining the practice' : '',
      );
      const lines: { line: readonly DrugKey[]; medication: PlannedMedication }[] = [];
      spec.treatment.forEach(([chance, options], lineIndex) => {
        // A benchmark chart's conditions are all treated with their first choice.
        if (!random.chance(shape && lineIndex === 0 ? 1 : chance)) return;
        const tolerated = options.filter((key) => !allergic(new Set([drugs[key].name])));
        if (tolerated.length === 0) return;
        const medication = prescribe(random.pick(tolerated), nextEntry(), visit, false);
        if (medication) lines.push({ line: options, medication });
      });
      linesOf.set(spec, lines);
    }
    // A follow-up may change a medicine that is not working.
    if (visit.type === 'follow-up' && visit.reason && 'treatment' in visit.reason) {
      for (const entry of linesOf.get(visit.reason) ?? []) {
        const alternatives = entry.line.filter((key) => drugs[key].rxcui !== entry.medication.columns.rxcui);
        if (entry.medication.stopped || alternatives.length === 0 || !random.chance(0.12)) continue;
        const at = nextEntry();
        const replacement = prescribe(random.pick(alternatives), nextEntry(), visit, true);
        if (!replacement) continue;
        entry.medication.stopped = {
          at,
          by: { role: 'physician', index: visit.physician },
          status: 'stopped',
          stopDate: visit.date,
          comment: random.pick(stopReasons),
        };
        entry.medication = replacement;
      }
    }
    if (visit.type === 'acute' && visit.reason && 'course' in visit.reason) {
      for (const [chance, options] of visit.reason.course) {
        if (!random.chance(chance)) continue;
        const choices = noPenicillin ? options.filter((key) => !penicillins.has(key)) : options;
        const key = choices.length > 0 ? random.pick(choices) : noPenicillin ? 'azithromycin' : null;
        if (key) prescribe(key, nextEntry(), visit, true);
      }
    }
    if (inPerson) {
      const conditions = profile.conditions.filter((c) => c.onset <= visit.date).map((c) => c.spec);
      vitalsAt.push({
        index,
        takenLocal: `${visit.date} ${timeOfMinutes(visit.minute + 5)}`,
        fields: vitalsReading(random, baseline, {
          takenAt: addMinutes(start, 5),
          ageYears: age,
          hypertensive: conditions.some((c) => c.key === 'hypertension'),
          lungDisease: conditions.some((c) => c.key === 'copd'),
          febrile: !!visit.reason && 'febrile' in visit.reason && visit.reason.febrile,
          painful: !!visit.reason && 'painful' in visit.reason && visit.reason.painful,
          weightDriftKg: weightSlope * (daysBetween(profile.joinDate, visit.date) / 365.25),
          measureHeight: index === 0 || visit.type === 'annual-physical' || random.chance(0.15),
        }),
      });
      // Panels due at this visit: a physical's screening, and each condition's monitoring.
      const due: LabPanelKey[] = [];
      if (visit.type === 'annual-physical' && age >= 18) {
        if (random.chance(0.6)) due.push('cmp');
        if ((age >= 35 || conditions.length > 0) && random.chance(0.5)) due.push('lipid');
        if (random.chance(0.35)) due.push('cbc');
        if (profile.sex === 'male' && age >= 50 && random.chance(0.3)) due.push('psa');
        if (random.chance(0.15)) due.push('urinalysis');
      }
      for (const condition of conditions)
        for (const [panel, months] of condition.monitoring) {
          const last = lastPanel.get(panel);
          if ((!last || daysBetween(last, visit.date) >= months * 30 - 20) && random.chance(0.75)) due.push(panel);
        }
      const unique = [...new Set(due)];
      for (const panel of unique) lastPanel.set(panel, visit.date);
      if (unique.length > 0) labsAt.push({ index, panels: unique });
    }
  });

  // Acute problems: a sick visit now and then goes on the problem list, resolved a few weeks later.
  const acuteVisits = visits
    .map((visit, index) => ({ visit, index }))
    .filter(({ visit }) => visit.type === 'acute' && visit.reason && 'course' in visit.reason);
  const wantedAcute = shape ? Math.max(0, shape.problems - plan.problems.length) : Number.POSITIVE_INFINITY;
  for (const { visit, index } of shape ? random.sample(acuteVisits, acuteVisits.length) : acuteVisits) {
    if (plan.problems.length - diagnosed.size >= wantedAcute) break;
    if (!shape && !random.chance(0.2)) continue;
    const spec = visit.reason!;
    const at = addMinutes(starts[index]!, 21);
    if (plan.problems.some((p) => p.columns.code === spec.code && activeAt(p, at))) continue;
    addProblem(spec.code, spec.description, visit.date, at, visit);
    const resolvedAt = clock.instant(addDays(visit.date, random.int(14, 40)), 10 * 60 + random.int(0, 300));
    if (resolvedAt < anchorInstant)
      plan.problems.at(-1)!.resolved = { at: resolvedAt, by: { role: 'physician', index: visit.physician } };
  }
  plan.problems.sort((a, b) => (a.created.at < b.created.at ? -1 : 1));

  // The benchmark shapes have exact counts: trim optional medicines, or add courses at sick visits.
  if (shape) {
    while (plan.medications.length > shape.medications) {
      const optional = plan.medications.filter((m) => m.optional);
      const victim = random.pick(optional.length > 0 ? optional : plan.medications);
      plan.medications.splice(plan.medications.indexOf(victim), 1);
    }
    // Courses at sick visits, for the illness seen there.
    const sickVisits = visits
      .map((visit, index) => ({ visit, index }))
      .filter(({ visit }) => visit.type === 'acute' && visit.reason && 'course' in visit.reason);
    const withCourses = acuteConditions.filter((c) => c.course.length > 0);
    for (let attempt = 0; plan.medications.length < shape.medications && attempt < 10_000; attempt++) {
      const { visit, index } = sickVisits.length > 0 ? random.pick(sickVisits) : { visit: visits[0]!, index: 0 };
      const spec =
        visit.reason && 'course' in visit.reason && visit.reason.course.length > 0
          ? visit.reason
          : random.pick(withCourses);
      const options = spec.course[0]![1].filter((key) => !noPenicillin || !penicillins.has(key));
      if (options.length > 0) prescribe(random.pick(options), addMinutes(starts[index]!, 23), visit, true);
    }
    plan.medications.sort((a, b) => (a.created.at < b.created.at ? -1 : 1));
  }

  // Vitals: at most in-person visits, or exactly the shape's number.
  const chosenVitals = shape
    ? random.sample(vitalsAt, shape.vitals)
    : vitalsAt.filter(({ index }) => random.chance(visits[index]!.type === 'procedure' ? 0.6 : 0.93));
  for (const { index, fields, takenLocal } of chosenVitals) {
    const created = { at: addMinutes(starts[index]!, 7), by: nurse() };
    const retired =
      !shape && random.chance(0.01)
        ? { at: addMinutes(created.at, 10), by: created.by, reason: 'entered in error' }
        : null;
    plan.vitals.push({ fields, takenLocal, created, retired });
  }

  // Labs: typed in by a nurse when the results come back, two days after the draw.
  const labVisits = shape
    ? random
        .sample(
          visits
            .map((visit, index) => ({ visit, index }))
            .filter(({ visit }) => visit.type !== 'telephone' && daysBetween(visit.date, anchorDate) > 3),
          shape.labPanels,
        )
        .map(({ index }, n) => ({
          index,
          panels: [(['bmp', 'lipid', 'a1c', 'cbc', 'cmp', 'tsh'] as const)[n % 6]!] as LabPanelKey[],
        }))
    : labsAt;
  for (const { index, panels } of labVisits) {
    const visit = visits[index]!;
    const enteredDay = addDays(visit.date, 2);
    const entered = clock.instant(enteredDay, 9 * 60 + random.int(0, 420));
    if (entered >= anchorInstant) continue;
    const drawMinute = visit.minute + 25;
    const collectedAt = `${visit.date}T${String(Math.floor(drawMinute / 60)).padStart(2, '0')}:${String(drawMinute % 60).padStart(2, '0')}`;
    const has = (key: string) => profile.conditions.some((c) => c.spec.key === key && c.onset <= visit.date);
    const labContext = { random, sex: profile.sex, age: ageOn(profile.birthDate, visit.date), has };
    for (const key of panels) {
      const panel = labPanels[key];
      plan.labs.push({
        name: panel.name,
        collectedAt,
        orderingProvider: context.physicians[visit.physician]!.fullName,
        performingLab: random.pick(performingLabs),
        results: panel.analytes.map((analyte) => ({
          analyte: analyte.analyte,
          value: analyte.value(labContext),
          unit: analyte.unit,
          referenceRange: analyte.range(profile.sex),
        })),
        created: { at: addMinutes(entered, plan.labs.length % 5), by: nurse() },
      });
    }
  }

  // A few problems, medicines entered twice or on the wrong chart, retired the same day.
  if (!shape) {
    for (const problem of plan.problems)
      if (random.chance(0.01))
        problem.retired = {
          at: addMinutes(problem.created.at, 30),
          by: problem.created.by,
          reason: 'entered in error',
        };
    for (const medication of plan.medications)
      if (random.chance(0.01) && !medication.stopped)
        medication.retired = {
          at: addMinutes(medication.created.at, 30),
          by: medication.created.by,
          reason: 'duplicate entry',
        };
  }

  // Pass 2: the encounters and their signed notes, with the chart as it stood when each note began.
  visits.forEach((visit, index) => {
    const start = starts[index]!;
    const noteAt = addMinutes(start, 2);
    const live = <T extends { created: Change; retired: Retirement | null }>(
      items: readonly T[],
      current: (item: T) => boolean,
    ) =>
      items.filter((item) => item.created.at < noteAt && (!item.retired || item.retired.at > noteAt) && current(item));
    const problems = live(plan.problems, (p) => activeAt(p, noteAt));
    const medications = live(plan.medications, (m) => activeAt(m, noteAt));
    const latest = live(plan.vitals, () => true).at(-1);
    const allergies = plan.allergies.filter((a) => a.created.at < noteAt);
    const nka = plan.noKnownAllergies !== null && plan.noKnownAllergies.at < noteAt;
    const chronic = profile.conditions
      .map((c) => c.spec)
      .filter((spec) => problems.some((p) => p.columns.code === spec.code));
    const followUp =
      visit.type === 'annual-physical'
        ? 'Annual physical in 1 year.'
        : visit.type === 'acute'
          ? 'Return if not improving in a week, sooner if worse.'
          : visit.type === 'telephone'
            ? 'Call back as needed.'
            : random.pick(['Return in 3 months.', 'Return in 6 months, sooner if needed.', 'Return in 4 to 6 weeks.']);
    const sections = noteSections(random, context.template, {
      type: visit.type,
      sex: profile.sex,
      ageYears: ageOn(profile.birthDate, visit.date),
      reason: visit.reason,
      procedure: visit.procedure,
      purpose: visit.purpose,
      chronic,
      followUp,
      inserts: {
        vitals: latest ? describeLatestVitals(latest) : 'No vitals recorded.',
        problems: describeProblems(problems.map((p) => p.columns)),
        medications: describeMedications(
          medications.map((m) => ({
            name: m.columns.name,
            strength: m.columns.strength,
            doseAmount: m.columns.doseAmount,
            doseUnit: m.columns.doseUnit,
            route: m.columns.route,
            frequency: m.columns.frequency,
            sig: m.columns.sig,
          })),
        ),
        allergies: describeAllergies(
          allergies.map((a) => ({
            substance: a.fields.substance,
            reaction: a.fields.reaction,
            severity: a.fields.severity,
          })),
          nka,
        ),
      },
    });
    const end = addMinutes(start, visit.durationMinutes);
    plan.encounters.push({
      visit,
      created: { at: addMinutes(start, 1), by: { role: 'physician', index: visit.physician } },
      note: { sections, createdAt: noteAt, signedAt: addMinutes(end, random.int(10, 240)) },
    });
  });

  plan.documents = planDocuments(random, profile, visits, starts, context.physicians);
  return plan;
};

/** The latest vitals line, as the {{vitals}} smart insert writes it in a °F practice. */
const describeLatestVitals = ({ fields, takenLocal }: PlannedVitals): string => {
  const stored = vitalsColumns(fields);
  const parts: string[] = [];
  if (fields.systolic !== null && fields.diastolic !== null) parts.push(`BP ${fields.systolic}/${fields.diastolic}`);
  if (fields.heartRate !== null) parts.push(`HR ${fields.heartRate}`);
  if (fields.respiratoryRate !== null) parts.push(`RR ${fields.respiratoryRate}`);
  if (fields.temperature !== null) parts.push(`Temp ${fields.temperature} °F`);
  if (fields.spo2 !== null) parts.push(`SpO2 ${fields.spo2}%`);
  if (fields.height !== null) parts.push(`Ht ${fields.height} in`);
  if (fields.weight !== null) parts.push(`Wt ${fields.weight} lb`);
  const bodyMassIndex = bmi(stored.heightCm, stored.weightKg);
  if (bodyMassIndex !== null) parts.push(`BMI ${bodyMassIndex}`);
  if (fields.headCircumference !== null) parts.push(`HC ${fields.headCircumference} in`);
  if (fields.pain !== null) parts.push(`Pain ${fields.pain}/10`);
  return `${parts.join(', ')} (taken ${takenLocal})`;
};
