import type { ImmunizationRoute, ImmunizationSite } from '../../../../contract/immunizations';
import { addDays } from '../../scheduling/zoned-time';
import { ageInYearsOn } from '../clock';
import type { Random } from '../random';

/**
 * Immunizations by the CDC schedule, roughly: the childhood series by age, a flu shot most autumns,
 * Tdap every ten years, shingles and pneumococcal vaccines for older adults, COVID-19 and RSV in the
 * years they were offered. Codes are CDC CVX (resources/code-sets/cvx.json); a code no longer in use
 * is only ever recorded as a historical dose, as the immunization service requires.
 */
export interface VaccineSpec {
  cvx: string;
  manufacturers: readonly string[];
  route: ImmunizationRoute;
  /** Site for a child under 3 and for everyone else; none for oral doses. */
  site: { infant: ImmunizationSite | ''; older: ImmunizationSite | '' };
  dose: string;
  /** Still available in the US: may be recorded as given here. */
  current: boolean;
}

const intramuscular = (
  cvx: string,
  manufacturers: readonly string[],
  dose = '0.5 mL',
  current = true,
): VaccineSpec => ({
  cvx,
  manufacturers,
  route: 'intramuscular',
  site: { infant: 'left-thigh', older: 'left-deltoid' },
  dose,
  current,
});
const subcutaneous = (cvx: string, manufacturers: readonly string[]): VaccineSpec => ({
  cvx,
  manufacturers,
  route: 'subcutaneous',
  site: { infant: 'right-thigh', older: 'right-upper-arm' },
  dose: '0.5 mL',
  current: true,
});

export const vaccines = {
  hepBPediatric: intramuscular('08', ['Merck Sharp & Dohme', 'GlaxoSmithKline']),
  rotavirus: {
    cvx: '116',
    manufacturers: ['Merck Sharp & Dohme'],
    route: 'oral',
    site: { infant: '', older: '' },
    dose: '2 mL',
    current: true,
  },
  dtap: intramuscular('20', ['Sanofi Pasteur', 'GlaxoSmithKline']),
  hib: intramuscular('49', ['Merck Sharp & Dohme']),
  pcv13: intramuscular('133', ['Pfizer']),
  pcv15: intramuscular('215', ['Merck Sharp & Dohme']),
  pcv20: intramuscular('216', ['Pfizer']),
  ipv: intramuscular('10', ['Sanofi Pasteur']),
  mmr: subcutaneous('03', ['Merck Sharp & Dohme']),
  varicella: subcutaneous('21', ['Merck Sharp & Dohme']),
  hepAPediatric: intramuscular('83', ['GlaxoSmithKline', 'Merck Sharp & Dohme']),
  tdap: intramuscular('115', ['Sanofi Pasteur', 'GlaxoSmithKline']),
  hpv: intramuscular('165', ['Merck Sharp & Dohme']),
  meningococcal: intramuscular('136', ['GlaxoSmithKline']),
  fluQuadrivalent: intramuscular('150', ['Sanofi Pasteur', 'Seqirus', 'GlaxoSmithKline']),
  fluTrivalent: intramuscular('140', ['Sanofi Pasteur', 'Seqirus', 'GlaxoSmithKline']),
  fluHighDoseQuadrivalent: intramuscular('197', ['Sanofi Pasteur'], '0.7 mL'),
  fluHighDoseTrivalent: intramuscular('135', ['Sanofi Pasteur'], '0.5 mL'),
  zoster: intramuscular('187', ['GlaxoSmithKline']),
  pneumococcalPolysaccharide: intramuscular('33', ['Merck Sharp & Dohme']),
  covid2021: intramuscular('208', ['Pfizer'], '0.3 mL', false),
  covidBivalent: intramuscular('300', ['Pfizer'], '0.3 mL', false),
  covid2024: intramuscular('309', ['Pfizer'], '0.3 mL'),
  rsvOlderAdult: intramuscular('305', ['Pfizer']),
} satisfies Record<string, VaccineSpec>;

export type VaccineKey = keyof typeof vaccines;

export interface DueDose {
  vaccine: VaccineKey;
  date: string;
}

/** Childhood doses: vaccine and age in months. */
const childhood: readonly (readonly [VaccineKey | 'pcv', number])[] = [
  ['hepBPediatric', 0],
  ['hepBPediatric', 2],
  ['rotavirus', 2],
  ['dtap', 2],
  ['hib', 2],
  ['pcv', 2],
  ['ipv', 2],
  ['rotavirus', 4],
  ['dtap', 4],
  ['hib', 4],
  ['pcv', 4],
  ['ipv', 4],
  ['hepBPediatric', 6],
  ['rotavirus', 6],
  ['dtap', 6],
  ['pcv', 6],
  ['ipv', 6],
  ['mmr', 12],
  ['varicella', 12],
  ['hepAPediatric', 12],
  ['hib', 12],
  ['pcv', 12],
  ['dtap', 15],
  ['hepAPediatric', 18],
  ['dtap', 54],
  ['ipv', 54],
  ['mmr', 54],
  ['varicella', 54],
  ['tdap', 132],
  ['meningococcal', 132],
  ['hpv', 132],
  ['hpv', 138],
  ['meningococcal', 192],
];

const monthsAfter = (date: string, months: number) => addDays(date, Math.round(months * 30.44));

/**
 * Every dose this person would have been due for before `until` (the anchor or the day they left),
 * with the dates it would have been given; whether it was recorded, given here, historical or refused
 * is the chart plan's choice.
 */
export const dueDoses = (
  random: Random,
  person: { birthDate: string; anchorDate: string; until: string; engaged: number },
): DueDose[] => {
  const { birthDate, until } = person;
  const doses: DueDose[] = [];
  const add = (vaccine: VaccineKey, date: string) => {
    if (date < until && date >= birthDate) doses.push({ vaccine, date });
  };
  // The doses due at one age are given together, at one visit.
  const visits = new Map<number, string>();
  for (const [vaccine, months] of childhood) {
    const date = visits.get(months) ?? monthsAfter(birthDate, months + random.int(0, months < 12 ? 1 : 3));
    visits.set(months, date);
    if (date < '2006-01-01' && vaccine === 'hpv') continue;
    const key: VaccineKey = vaccine === 'pcv' ? (date >= '2023-07-01' ? 'pcv15' : 'pcv13') : vaccine;
    if (random.chance(0.93)) add(key, date);
  }
  // Tdap every ten years from 21, when remembered.
  for (let age = 21 + random.int(0, 9); age < 100; age += 10 + random.int(0, 3)) {
    if (random.chance(0.55)) add('tdap', monthsAfter(birthDate, age * 12 + random.int(0, 11)));
  }
  const atAge = (age: number) => monthsAfter(birthDate, age * 12);
  const shinglesFrom = atAge(50) > '2018-03-01' ? atAge(50) : '2018-03-01';
  if (random.chance(0.45)) {
    const first = addDays(shinglesFrom, random.int(0, 5 * 365));
    add('zoster', first);
    add('zoster', addDays(first, random.int(60, 180)));
  }
  if (random.chance(0.7)) {
    const at65 = addDays(atAge(65), random.int(0, 400));
    add(at65 >= '2021-10-01' ? 'pcv20' : 'pneumococcalPolysaccharide', at65);
  }
  if (ageInYearsOn(birthDate, '2021-04-01') >= 12 && random.chance(0.72)) {
    const first = addDays('2021-03-01', random.int(0, 150));
    add('covid2021', first);
    add('covid2021', addDays(first, 21));
    if (random.chance(0.55)) add('covidBivalent', addDays('2022-09-15', random.int(0, 120)));
    if (random.chance(0.35)) add('covid2024', addDays('2024-09-15', random.int(0, 100)));
  }
  if (ageInYearsOn(birthDate, '2023-10-01') >= 75 && random.chance(0.4))
    add('rsvOlderAdult', addDays('2023-10-01', random.int(0, 500)));
  // A flu shot most autumns from six months old: more often for children and older adults.
  const firstSeason = Math.max(Number(monthsAfter(birthDate, 6).slice(0, 4)), 2000);
  for (let year = firstSeason; year <= Number(until.slice(0, 4)); year++) {
    const date = `${year}-${String(random.int(9, 11)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const age = ageInYearsOn(birthDate, date);
    const chance = (age < 18 ? 0.4 : age < 65 ? 0.25 : 0.55) * person.engaged;
    if (age >= 0.5 && random.chance(Math.min(0.9, chance))) {
      const highDose = age >= 65;
      add(
        year >= 2024
          ? highDose
            ? 'fluHighDoseTrivalent'
            : 'fluTrivalent'
          : highDose
            ? 'fluHighDoseQuadrivalent'
            : 'fluQuadrivalent',
        date,
      );
    }
  }
  return doses.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
};

/** The edition date of the Vaccine Information Statement handed out with a dose: the latest before it. */
export const visEditionFor = (date: string): string => {
  const editions = ['2008-07-18', '2012-02-22', '2015-08-07', '2018-08-15', '2019-10-30', '2021-08-06', '2023-08-06'];
  return editions.filter((edition) => edition <= date).at(-1) ?? addDays(date, -180);
};

export const refusalReasons = [
  'Patient declined today',
  'Parent declined',
  'Deferred: patient unwell today',
  'Patient prefers to get it at the pharmacy',
] as const;
