import type { AllergyFields } from '../../../contract/allergies';
import type { PatientFields } from '../../../contract/patients';
import { addDays, daysBetween } from '../scheduling/zoned-time';
import { allergyChoices } from './catalog/allergies';
import { type ChronicSpec, chronicConditions, type Sex } from './catalog/conditions';
import { addYears, ageOn } from './clock';
import type { Random } from './random';

/**
 * Who a synthetic patient is clinically: when they joined the practice (and whether they left),
 * which chronic conditions they have and since when, their allergies, their doctor, and how often
 * they come in. Heavy and typical patients are the benchmarks' fixed chart shapes.
 */
export type ChartRole = 'regular' | 'heavy' | 'typical';

export interface ChartShape {
  encounters: number;
  vitals: number;
  labPanels: number;
  medications: number;
  problems: number;
}

/** Issue 4's "patient with 1,000 encounters", and an everyday chart, as the chart-open bench reads them. */
export const chartShapes: Record<Exclude<ChartRole, 'regular'>, ChartShape> = {
  heavy: { encounters: 1000, vitals: 400, labPanels: 250, medications: 40, problems: 30 },
  typical: { encounters: 12, vitals: 12, labPanels: 6, medications: 5, problems: 4 },
};

export interface PatientProfile {
  role: ChartRole;
  fields: PatientFields;
  /** The sex the clinical spreads follow ('unknown' on the chart picks one). */
  sex: Sex;
  birthDate: string;
  joinDate: string;
  /** The day they left the practice, or the anchor: nothing happens on or after it. */
  until: string;
  conditions: { spec: ChronicSpec; onset: string }[];
  allergies: { state: 'recorded' | 'no-known-allergies' | 'not-recorded'; list: AllergyFields[] };
  /** Index of their usual physician. */
  physician: number;
  /** Relative visit rate: age, chronic conditions and how much they use care. */
  weight: number;
  /** How readily they take up preventive care (flu shots, physicals). */
  engaged: number;
}

const uniformDate = (random: Random, from: string, to: string): string =>
  addDays(from, random.int(0, Math.max(0, daysBetween(from, to) - 1)));

const ageWeight = (age: number) => (age < 2 ? 3 : age < 18 ? 1.1 : age < 40 ? 0.8 : age < 65 ? 1.2 : 1.9);

const chooseConditions = (random: Random, role: ChartRole, age: number, sex: Sex): ChronicSpec[] => {
  const eligible = chronicConditions.filter((spec) => age >= spec.onsetFrom && spec.prevalence(age, sex) > 0);
  // The benchmark shapes need a set number: the most likely ones first, shuffled a little.
  const chosen =
    role === 'regular'
      ? eligible.filter((spec) => random.chance(spec.prevalence(age, sex)))
      : eligible
          .map((spec) => ({ spec, score: spec.prevalence(age, sex) * (0.6 + random.next()) }))
          .sort((a, b) => b.score - a.score)
          .map((entry) => entry.spec)
          .filter((spec) => spec.key !== 'prediabetes')
          .slice(0, role === 'heavy' ? 18 : 3);
  // Diabetes supersedes prediabetes.
  return chosen.some((spec) => spec.key === 'diabetes') ? chosen.filter((spec) => spec.key !== 'prediabetes') : chosen;
};

const chooseAllergies = (random: Random, age: number): PatientProfile['allergies'] => {
  const roll = random.next();
  if (roll >= 0.28) return { state: roll < 0.83 ? 'no-known-allergies' : 'not-recorded', list: [] };
  const count = random.weighted([
    [1, 70],
    [2, 22],
    [3, 8],
  ] as const);
  const list: AllergyFields[] = [];
  while (list.length < count) {
    const choice = random.weighted(allergyChoices);
    if (list.some((allergy) => allergy.substance === choice.substance)) continue;
    list.push({
      ...choice,
      onset: random.chance(0.4)
        ? age < 10 || random.chance(0.5)
          ? 'Childhood'
          : `About ${random.int(2, 30)} years ago`
        : '',
      comment: '',
    });
  }
  return { state: 'recorded', list };
};

export const patientProfile = (
  random: Random,
  fields: PatientFields,
  practice: { anchorDate: string; physicians: number },
  role: ChartRole,
): PatientProfile => {
  const { anchorDate } = practice;
  const opened = addYears(anchorDate, -20);
  const sex: Sex = fields.sex === 'female' || fields.sex === 'male' ? fields.sex : random.pick(['female', 'male']);
  const birthDate =
    role === 'heavy'
      ? addDays(addYears(anchorDate, -random.int(74, 87)), -random.int(0, 364))
      : role === 'typical'
        ? addDays(addYears(anchorDate, -random.int(55, 69)), -random.int(0, 364))
        : fields.birthDate;
  const age = ageOn(birthDate, anchorDate);
  const joinDate =
    role === 'heavy'
      ? opened
      : role === 'typical'
        ? addDays(anchorDate, -random.int(8 * 365, 12 * 365))
        : birthDate > opened && random.chance(0.6)
          ? addDays(birthDate, random.int(0, 45))
          : uniformDate(random, birthDate > opened ? birthDate : opened, anchorDate);
  const left = role === 'regular' && random.chance(0.25);
  const until = left ? uniformDate(random, addDays(joinDate, 1), anchorDate) : anchorDate;
  const conditions = chooseConditions(random, role, age, sex).map((spec) => {
    const onsetAge = random.int(spec.onsetFrom, Math.max(spec.onsetFrom, age));
    const onset = addDays(addYears(birthDate, onsetAge), random.int(0, 364));
    return { spec, onset: onset < anchorDate ? onset : addDays(anchorDate, -random.int(30, 400)) };
  });
  const engaged = Math.exp(random.normal(0, 0.55));
  return {
    role,
    fields: role === 'regular' ? fields : { ...fields, birthDate },
    sex,
    birthDate,
    joinDate: joinDate < anchorDate ? joinDate : addDays(anchorDate, -1),
    until,
    conditions,
    allergies: chooseAllergies(random, age),
    physician: random.int(0, Math.max(0, practice.physicians - 1)),
    weight: ageWeight(age) * (1 + 0.35 * conditions.length) * engaged,
    engaged,
  };
};
